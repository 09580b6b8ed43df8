package dev.settle.reconciliation.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankRulesTests {

    @ParameterizedTest(name = "{0} as a direct debit: {1}, as a credit transfer {2}")
    @CsvSource({
            "10.13, REJECTED AM04, REJECTED AM04",
            "0.14, REJECTED AC04, REJECTED AC04",
            "7.15, REJECTED MD01, REJECTED AC01",
            "1000.31, RETURNED MD06, RETURNED AC04",
            "5.32, RETURNED AM04, RETURNED AM04",
            "5.320, RETURNED AM04, RETURNED AM04",
            "10.135, REJECTED AM04, REJECTED AM04",
            "13.00, ACCEPTED null, ACCEPTED null",
            "0.01, ACCEPTED null, ACCEPTED null",
            "7.250, ACCEPTED null, ACCEPTED null",
            "31, ACCEPTED null, ACCEPTED null"})
    void theCentsOfTheAmountDecide(String amount, String directDebit, String creditTransfer) {
        assertThat(describe(BankRules.outcome(new BigDecimal(amount), true))).isEqualTo(directDebit);
        assertThat(describe(BankRules.outcome(new BigDecimal(amount), false))).isEqualTo(creditTransfer);
    }

    @ParameterizedTest
    @CsvSource({"10.13", "20.14", "30.15", "40.31", "50.32"})
    void everyReasonSaysItIsSimulatedAndFitsTheIsoLength(String amount) {
        for (boolean directDebit : new boolean[] {true, false}) {
            String text = BankRules.outcome(new BigDecimal(amount), directDebit).reasonText();
            assertThat(text).contains("simulated bank").hasSizeLessThanOrEqualTo(105);
        }
    }

    private static String describe(BankRules.Outcome outcome) {
        return outcome.kind() + " " + outcome.reasonCode();
    }
}
