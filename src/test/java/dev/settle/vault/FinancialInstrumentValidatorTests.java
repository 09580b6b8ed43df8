package dev.settle.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.system.error.ApiError;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinancialInstrumentValidatorTests {

    static final String IBAN = "DE89370400440532013000";
    static final String BAD_CHECKSUM_IBAN = "DE89370400440532013001";

    Clock clock = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    FinancialInstrumentValidator validator = new FinancialInstrumentValidator(clock);

    static FinancialInstrumentRequest bankAccount(String iban, String bic) {
        return new FinancialInstrumentRequest("cust-1", "BANK_ACCOUNT", "Ada Lovelace", iban, bic, null, null, null, null, null);
    }

    static FinancialInstrumentRequest mandate(String mandateId, String signedOn) {
        return new FinancialInstrumentRequest("cust-1", "SEPA_MANDATE", "Ada Lovelace", IBAN, null, mandateId, signedOn,
                null, null, null);
    }

    static FinancialInstrumentRequest pspToken(String token) {
        return new FinancialInstrumentRequest("cust-1", "PSP_TOKEN", null, null, null, null, null, token, null, null);
    }

    /** Each error as {@code CODE:field}, in order. */
    List<String> errors(FinancialInstrumentRequest request) {
        return validator.validate(request).stream()
                .map(error -> error.errorCode() + ":" + error.metadata().getOrDefault("field", "")).toList();
    }

    String reason(FinancialInstrumentRequest request) {
        List<ApiError> errors = validator.validate(request);
        assertThat(errors).hasSize(1);
        return String.valueOf(errors.get(0).metadata().get("reason"));
    }

    @Test
    void acceptsAValidInstrumentOfEachType() {
        assertThat(errors(bankAccount(IBAN, "COBADEFFXXX"))).isEmpty();
        assertThat(errors(mandate("MNDT-2026/001", "2026-11-01"))).isEmpty();
        assertThat(errors(pspToken("pm_1Nq2f8ZZ"))).isEmpty();
    }

    @Test
    void customerRefIsRequired() {
        FinancialInstrumentRequest request = new FinancialInstrumentRequest(" ", "PSP_TOKEN", null, null, null, null, null,
                "pm_1", null, null);

        assertThat(errors(request)).containsExactly("CUSTOMER_REF_IS_REQUIRED:");
    }

    @Test
    void customerRefMustBeUpTo50SafeCharacters() {
        FinancialInstrumentRequest spaced = new FinancialInstrumentRequest("cust 1", "PSP_TOKEN", null, null, null, null,
                null, "pm_1", null, null);
        FinancialInstrumentRequest tooLong = new FinancialInstrumentRequest("c".repeat(51), "PSP_TOKEN", null, null, null,
                null, null, "pm_1", null, null);

        assertThat(errors(spaced)).containsExactly("CUSTOMER_REF_IS_INVALID:");
        assertThat(validator.validate(spaced).get(0).metadata()).containsEntry("value", "cust 1");
        assertThat(errors(tooLong)).containsExactly("CUSTOMER_REF_IS_INVALID:");
    }

    @Test
    void typeIsRequiredAndMustBeKnown() {
        FinancialInstrumentRequest missing = new FinancialInstrumentRequest("cust-1", null, null, null, null, null, null,
                null, null, null);
        FinancialInstrumentRequest unknown = new FinancialInstrumentRequest("cust-1", "CARD", null, null, null, null, null,
                null, null, null);

        assertThat(errors(missing)).containsExactly("FINANCIAL_INSTRUMENT_IS_INVALID:type");
        assertThat(reason(unknown)).contains("'CARD' is not one of [BANK_ACCOUNT, SEPA_MANDATE, PSP_TOKEN]");
    }

    @Test
    void holderNameIsRequiredForBankAccountsAndMandatesOnly() {
        FinancialInstrumentRequest account = new FinancialInstrumentRequest("cust-1", "BANK_ACCOUNT", "", IBAN, null,
                null, null, null, null, null);
        FinancialInstrumentRequest mandate = new FinancialInstrumentRequest("cust-1", "SEPA_MANDATE", null, IBAN, null,
                "M-1", "2026-11-01", null, null, null);

        assertThat(reason(account)).isEqualTo("is required for BANK_ACCOUNT");
        assertThat(errors(mandate)).containsExactly("FINANCIAL_INSTRUMENT_IS_INVALID:holderName");
        assertThat(errors(pspToken("pm_1"))).isEmpty();
    }

    @Test
    void holderNameIsAtMost140Characters() {
        FinancialInstrumentRequest request = new FinancialInstrumentRequest("cust-1", "BANK_ACCOUNT", "n".repeat(141), IBAN,
                null, null, null, null, null, null);

        assertThat(reason(request)).isEqualTo("must be at most 140 characters");
    }

    @Test
    void ibanIsRequiredForBankAccountsAndMandates() {
        assertThat(reason(bankAccount(null, null))).isEqualTo("is required for BANK_ACCOUNT");
        FinancialInstrumentRequest mandate = new FinancialInstrumentRequest("cust-1", "SEPA_MANDATE", "Ada", " ", null,
                "M-1", "2026-11-01", null, null, null);
        assertThat(errors(mandate)).containsExactly("FINANCIAL_INSTRUMENT_IS_INVALID:iban");
    }

    @Test
    void ibanChecksumIsVerifiedWithoutQuotingTheIban() {
        List<ApiError> errors = validator.validate(bankAccount(BAD_CHECKSUM_IBAN, null));

        assertThat(errors).extracting(ApiError::errorCode).containsExactly("FINANCIAL_INSTRUMENT_IS_INVALID");
        assertThat(errors.get(0).message()).contains("mod-97").doesNotContain("370400440532013");
    }

    @Test
    void ibanLengthAndCountryAreVerified() {
        assertThat(reason(bankAccount("DE8937040044053201300", null))).isEqualTo("its length is wrong for its country");
        assertThat(reason(bankAccount("XX89370400440532013000", null))).startsWith("it must start with the two-letter code");
        assertThat(reason(bankAccount("DE89370400440532-13000", null)))
                .isEqualTo("the account part does not match its country's format");
    }

    @Test
    void ibanIsNormalisedForSpacesAndCase() {
        assertThat(errors(bankAccount("de89 3704 0044 0532 0130 00", null))).isEmpty();
    }

    @Test
    void bicIsOptionalAndValidatedWhenGiven() {
        assertThat(errors(bankAccount(IBAN, null))).isEmpty();
        assertThat(errors(bankAccount(IBAN, "cobadeffxxx"))).isEmpty();
        assertThat(reason(bankAccount(IBAN, "COBADE"))).contains("'COBADE' is not a valid BIC");
    }

    @Test
    void mandateIdIsRequiredForMandates() {
        assertThat(reason(mandate(null, "2026-11-01"))).isEqualTo("is required for SEPA_MANDATE");
    }

    @Test
    void mandateIdIsUpTo35CharactersOfTheSepaSet() {
        assertThat(errors(mandate("M".repeat(35), "2026-11-01"))).isEmpty();
        assertThat(errors(mandate("M".repeat(36), "2026-11-01"))).containsExactly("FINANCIAL_INSTRUMENT_IS_INVALID:mandateId");
        assertThat(errors(mandate("MANDATE*1", "2026-11-01"))).containsExactly("FINANCIAL_INSTRUMENT_IS_INVALID:mandateId");
        assertThat(errors(mandate("MANDATÉ-1", "2026-11-01"))).hasSize(1);
        assertThat(errors(mandate("/M-1", "2026-11-01"))).hasSize(1);
        assertThat(errors(mandate("M//1", "2026-11-01"))).hasSize(1);
    }

    @Test
    void mandateSignedOnIsRequiredForMandates() {
        assertThat(reason(mandate("M-1", null))).isEqualTo("is required for SEPA_MANDATE");
    }

    @Test
    void mandateSignedOnMustBeAnIsoDate() {
        assertThat(reason(mandate("M-1", "21.11.2026"))).contains("yyyy-MM-dd");
        assertThat(reason(mandate("M-1", "2026-02-30"))).contains("yyyy-MM-dd");
    }

    @Test
    void mandateSignedOnMustNotBeInTheFuture() {
        assertThat(errors(mandate("M-1", "2026-11-21"))).isEmpty();
        assertThat(reason(mandate("M-1", "2026-11-23"))).isEqualTo("'2026-11-23' is in the future");
    }

    @Test
    void mandateSignedJustAfterMidnightInEuropeIsNotInTheFuture() {
        Clock lateUtcEvening = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), ZoneOffset.UTC);

        assertThat(new FinancialInstrumentValidator(lateUtcEvening).validate(mandate("M-1", "2026-11-22"))).isEmpty();
    }

    @Test
    void pspTokenIsRequiredForPspTokensAndHasNoSpaces() {
        assertThat(reason(pspToken(null))).isEqualTo("is required for PSP_TOKEN");
        assertThat(reason(pspToken("pm 1"))).isEqualTo("must be 1-200 characters without spaces");
        assertThat(errors(pspToken("t".repeat(201)))).containsExactly("FINANCIAL_INSTRUMENT_IS_INVALID:pspToken");
    }

    @Test
    void fieldsAnotherTypeUsesAreRefused() {
        FinancialInstrumentRequest account = new FinancialInstrumentRequest("cust-1", "BANK_ACCOUNT", "Ada", IBAN, null,
                "M-1", "2026-11-01", "pm_1", null, null);
        FinancialInstrumentRequest token = new FinancialInstrumentRequest("cust-1", "PSP_TOKEN", null, IBAN, "COBADEFFXXX",
                null, null, "pm_1", null, null);

        assertThat(errors(account)).containsExactly("FINANCIAL_INSTRUMENT_IS_INVALID:mandateId",
                "FINANCIAL_INSTRUMENT_IS_INVALID:mandateSignedOn", "FINANCIAL_INSTRUMENT_IS_INVALID:pspToken");
        assertThat(errors(token)).containsExactly("FINANCIAL_INSTRUMENT_IS_INVALID:iban", "FINANCIAL_INSTRUMENT_IS_INVALID:bic");
        assertThat(validator.validate(token).get(0).message()).contains("is not used by PSP_TOKEN");
    }

    @Test
    void canCreditAndCanDebitMustBeBooleans() {
        FinancialInstrumentRequest request = new FinancialInstrumentRequest("cust-1", "PSP_TOKEN", null, null, null, null,
                null, "pm_1", "yes", "FALSE");

        assertThat(errors(request)).containsExactly("FINANCIAL_INSTRUMENT_IS_INVALID:canCredit");
    }

    @Test
    void reportsEveryErrorOfARequestTogether() {
        FinancialInstrumentRequest request = new FinancialInstrumentRequest("bad ref!", "SEPA_MANDATE", null,
                BAD_CHECKSUM_IBAN, "COBADE", null, "2099-01-01", "pm_1", "maybe", null);

        assertThat(errors(request)).containsExactly("CUSTOMER_REF_IS_INVALID:", "FINANCIAL_INSTRUMENT_IS_INVALID:holderName",
                "FINANCIAL_INSTRUMENT_IS_INVALID:iban", "FINANCIAL_INSTRUMENT_IS_INVALID:bic",
                "FINANCIAL_INSTRUMENT_IS_INVALID:mandateId", "FINANCIAL_INSTRUMENT_IS_INVALID:mandateSignedOn",
                "FINANCIAL_INSTRUMENT_IS_INVALID:pspToken", "FINANCIAL_INSTRUMENT_IS_INVALID:canCredit");
    }

    @Test
    void unknownTypeStillChecksTheFieldsThatAreGiven() {
        FinancialInstrumentRequest request = new FinancialInstrumentRequest("cust-1", "CARD", null, BAD_CHECKSUM_IBAN, null,
                null, "not-a-date", null, null, null);

        assertThat(errors(request)).containsExactly("FINANCIAL_INSTRUMENT_IS_INVALID:type",
                "FINANCIAL_INSTRUMENT_IS_INVALID:iban", "FINANCIAL_INSTRUMENT_IS_INVALID:mandateSignedOn");
    }
}
