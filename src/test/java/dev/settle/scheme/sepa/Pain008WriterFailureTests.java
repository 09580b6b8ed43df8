package dev.settle.scheme.sepa;

import static dev.settle.scheme.sepa.Pain008WriterTests.CREDITOR;
import static dev.settle.scheme.sepa.Pain008WriterTests.DEBITS;
import static dev.settle.scheme.sepa.Pain008WriterTests.FIRST;
import static dev.settle.scheme.sepa.Pain008WriterTests.HEADER;
import static dev.settle.scheme.sepa.Pain008WriterTests.RECURRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class Pain008WriterFailureTests {

    static final Function<CollectionBlock, Iterator<DirectDebit>> ALL = (block) -> DEBITS.get(block).iterator();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Pain008Version.class)
    void fewerTransactionsThanAnnouncedPublishNothing(Pain008Version version) {
        // given: the recurrent block streams two of its three announced transactions
        Function<CollectionBlock, Iterator<DirectDebit>> entries = (block) -> (block == RECURRING)
                ? DEBITS.get(block).subList(0, 2).iterator() : DEBITS.get(block).iterator();

        // when / then
        assertThatThrownBy(() -> write(version, HEADER, entries)).isInstanceOf(Pain008Exception.class)
            .hasMessageContaining("sdd.xml")
            .hasMessageContaining("Block DD-1-RCUR streamed 2 transactions instead of 3 announced");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void moreTransactionsThanAnnouncedPublishNothing() {
        // given: the first block streams a third transaction
        List<DirectDebit> three = new ArrayList<>(DEBITS.get(FIRST));
        three.add(DEBITS.get(RECURRING).get(2));
        Function<CollectionBlock, Iterator<DirectDebit>> entries = (block) -> (block == FIRST) ? three.iterator()
                : DEBITS.get(block).iterator();

        // when / then
        assertThatThrownBy(() -> write(Pain008Version.V08, HEADER, entries)).isInstanceOf(Pain008Exception.class)
            .hasMessageContaining("Block DD-1-FRST streamed more than 2 transactions announced");
        assertThat(this.dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @EnumSource(Pain008Version.class)
    void aSumOtherThanTheControlSumPublishesNothing(Pain008Version version) {
        // given: right count, one cent more in the recurrent block
        List<DirectDebit> debits = new ArrayList<>(DEBITS.get(RECURRING));
        DirectDebit last = debits.remove(2);
        debits.add(new DirectDebit(last.endToEndId(), new BigDecimal("0.02"), last.debtorName(), last.debtorIban(),
                last.debtorBic(), last.mandateId(), last.mandateSignedOn(), last.remittanceInformation()));
        Function<CollectionBlock, Iterator<DirectDebit>> entries = (block) -> (block == RECURRING)
                ? debits.iterator() : DEBITS.get(block).iterator();

        // when / then
        assertThatThrownBy(() -> write(version, HEADER, entries)).isInstanceOf(Pain008Exception.class)
            .hasMessageContaining("Block DD-1-RCUR streamed a sum of 1000.03 instead of the control sum 1000.02");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void aHeaderThatDisagreesWithItsBlocksIsRefusedBeforeWriting() {
        // given
        DirectDebitFileHeader header = new DirectDebitFileHeader(HEADER.messageId(), HEADER.creationTime(), 6,
                HEADER.controlSum(), CREDITOR);

        // when / then
        assertThatThrownBy(() -> write(Pain008Version.V02, header, ALL)).isInstanceOf(Pain008Exception.class)
            .hasMessageContaining("Header announces 6 transactions of 1120.52 but the blocks announce 5 of 1120.52");
        assertThat(this.dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = { "DE99ZZZ09999999999", "DE98ZZZ09999999998", "de98ZZZ09999999999", "DE98ZZZ",
            "DE98 ZZZ 09999999999", "" })
    void aCreditorIdentifierThatIsNotValidIsRefusedBeforeWriting(String creditorId) {
        // given
        DirectDebitFileHeader header = withCreditor(new Creditor(CREDITOR.name(), CREDITOR.iban(), CREDITOR.bic(),
                creditorId));

        // when / then
        assertThatThrownBy(() -> write(Pain008Version.V08, header, ALL)).isInstanceOf(Pain008Exception.class)
            .hasMessageContaining("Creditor identifier '" + creditorId + "' is not a valid SEPA creditor identifier");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void theCreditorBusinessCodeDoesNotCountTowardsTheCheckDigits() throws Exception {
        // given: the same national identifier under another business code keeps check digits 98
        DirectDebitFileHeader header = withCreditor(new Creditor(CREDITOR.name(), CREDITOR.iban(), CREDITOR.bic(),
                "DE98AB109999999999"));

        // when
        PublishedFile published = write(Pain008Version.V02, header, ALL);

        // then
        assertThat(Pain008Files.read(published.file()).blocks().get(0).creditorSchemeIds)
            .containsExactly("DE98AB109999999999");
    }

    @Test
    void aCreditorIbanWithAWrongCheckDigitIsRefusedBeforeWriting() {
        // given
        DirectDebitFileHeader header = withCreditor(new Creditor(CREDITOR.name(), "DE88370400440532013000",
                CREDITOR.bic(), CREDITOR.creditorSchemeId()));

        // when / then
        assertThatThrownBy(() -> write(Pain008Version.V08, header, ALL)).isInstanceOf(Pain008Exception.class)
            .hasMessageContaining("Creditor IBAN 'DE88370400440532013000'");
        assertThat(this.dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @EnumSource(Pain008Version.class)
    void aDebtorIbanWithAWrongCheckDigitMidStreamPublishesNothing(Pain008Version version) {
        // given: the recurrent block's second debtor has a mistyped IBAN
        List<DirectDebit> debits = new ArrayList<>(DEBITS.get(RECURRING));
        DirectDebit second = debits.get(1);
        debits.set(1, new DirectDebit(second.endToEndId(), second.amount(), second.debtorName(), "NL92ABNA0417164300",
                second.debtorBic(), second.mandateId(), second.mandateSignedOn(), null));

        // when / then
        assertThatThrownBy(() -> write(version, HEADER,
                (block) -> (block == RECURRING) ? debits.iterator() : DEBITS.get(block).iterator()))
            .isInstanceOf(Pain008Exception.class)
            .hasMessageContaining("Block DD-1-RCUR, transaction 2 (EndToEndId E2E-4)")
            .hasMessageContaining("Debtor IBAN 'NL92ABNA0417164300'");
        assertThat(this.dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = { "OOFF", "FNAL", "rcur", "" })
    void aSequenceTypeOtherThanFirstOrRecurrentIsRefusedBeforeWriting(String sequenceType) {
        // given
        CollectionBlock block = new CollectionBlock(RECURRING.paymentInformationId(),
                RECURRING.requestedCollectionDate(), sequenceType, RECURRING.numberOfTransactions(),
                RECURRING.controlSum());

        // when / then
        assertThatThrownBy(() -> new Pain008Writer(Pain008Version.V02).write(this.dir, "sdd.xml", HEADER,
                List.of(FIRST, block), (each) -> DEBITS.get((each == block) ? RECURRING : each).iterator()))
            .isInstanceOf(Pain008Exception.class)
            .hasMessageContaining("Block DD-1-RCUR has sequence type '" + sequenceType + "'");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void aMandateSignedAfterTheCollectionDatePublishesNothing() {
        // given: the first block collects on 2026-11-26
        DirectDebit debit = DEBITS.get(FIRST).get(1);
        List<DirectDebit> debits = List.of(DEBITS.get(FIRST).get(0), new DirectDebit(debit.endToEndId(),
                debit.amount(), debit.debtorName(), debit.debtorIban(), debit.debtorBic(), debit.mandateId(),
                LocalDate.of(2026, 11, 27), null));

        // when / then
        assertThatThrownBy(() -> write(Pain008Version.V08, HEADER,
                (block) -> (block == FIRST) ? debits.iterator() : DEBITS.get(block).iterator()))
            .isInstanceOf(Pain008Exception.class)
            .hasMessageContaining("Block DD-1-FRST, transaction 2 (EndToEndId E2E-2)")
            .hasMessageContaining("signed on 2026-11-27, after the collection date 2026-11-26");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void aMandateIdTheSchemaRejectsIsNotAlteredButRefused() {
        // given: an underscore, outside the SEPA character set
        DirectDebit debit = DEBITS.get(FIRST).get(0);
        List<DirectDebit> debits = List.of(new DirectDebit(debit.endToEndId(), debit.amount(), debit.debtorName(),
                debit.debtorIban(), debit.debtorBic(), "MANDATE_0001", debit.mandateSignedOn(), null),
                DEBITS.get(FIRST).get(1));

        // when / then
        assertThatThrownBy(() -> write(Pain008Version.V02, HEADER,
                (block) -> (block == FIRST) ? debits.iterator() : DEBITS.get(block).iterator()))
            .isInstanceOf(Pain008Exception.class).hasMessageContaining("MndtId 'MANDATE_0001' is not 1 to 35");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void aFailingSourceMidStreamPublishesNothing() {
        // given: the source breaks after the first transaction of the recurrent block, as a lost cursor would
        Iterator<DirectDebit> breaking = new Iterator<>() {
            private final Iterator<DirectDebit> delegate = DEBITS.get(RECURRING).iterator();

            private int served;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public DirectDebit next() {
                if (this.served++ == 1) {
                    throw new IllegalStateException("connection lost");
                }
                return this.delegate.next();
            }
        };

        // when / then
        assertThatThrownBy(() -> write(Pain008Version.V08, HEADER,
                (block) -> (block == RECURRING) ? breaking : DEBITS.get(block).iterator()))
            .isInstanceOf(IllegalStateException.class).hasMessage("connection lost");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void aPublishedFileIsNeverReplaced() throws Exception {
        // given
        Files.writeString(this.dir.resolve("sdd.xml"), "sent yesterday");

        // when / then
        assertThatThrownBy(() -> write(Pain008Version.V08, HEADER, ALL)).isInstanceOf(Pain008Exception.class)
            .hasMessageContaining("sdd.xml");
        assertThat(this.dir.resolve("sdd.xml")).hasContent("sent yesterday");
        assertThat(this.dir).isDirectoryNotContaining("glob:**.{part,json}");
    }

    private static DirectDebitFileHeader withCreditor(Creditor creditor) {
        return new DirectDebitFileHeader(HEADER.messageId(), HEADER.creationTime(), HEADER.numberOfTransactions(),
                HEADER.controlSum(), creditor);
    }

    private PublishedFile write(Pain008Version version, DirectDebitFileHeader header,
            Function<CollectionBlock, Iterator<DirectDebit>> entries) {
        return new Pain008Writer(version).write(this.dir, "sdd.xml", header, List.of(FIRST, RECURRING), entries);
    }

}
