package dev.settle.scheme.sepa;

import static dev.settle.scheme.sepa.Pain001WriterTests.FIRST;
import static dev.settle.scheme.sepa.Pain001WriterTests.HEADER;
import static dev.settle.scheme.sepa.Pain001WriterTests.SECOND;
import static dev.settle.scheme.sepa.Pain001WriterTests.TRANSFERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Pain001WriterFailureTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void fewerTransactionsThanAnnouncedPublishNothing(Pain001Version version) {
        // given: the second block streams one of its two announced transactions
        Function<PaymentBlock, Iterator<CreditTransfer>> entries = (block) -> (block == SECOND)
                ? TRANSFERS.get(block).subList(0, 1).iterator() : TRANSFERS.get(block).iterator();

        // when / then
        assertThatThrownBy(() -> write(version, HEADER, entries)).isInstanceOf(Pain001Exception.class)
            .hasMessageContaining("sct.xml")
            .hasMessageContaining("Block RUN-1-BLOCK-2 streamed 1 transactions instead of 2 announced");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void moreTransactionsThanAnnouncedPublishNothing() {
        // given: the first block streams a fourth transaction
        List<CreditTransfer> four = new ArrayList<>(TRANSFERS.get(FIRST));
        four.add(TRANSFERS.get(SECOND).get(0));
        Function<PaymentBlock, Iterator<CreditTransfer>> entries = (block) -> (block == FIRST) ? four.iterator()
                : TRANSFERS.get(block).iterator();

        // when / then
        assertThatThrownBy(() -> write(Pain001Version.V03, HEADER, entries)).isInstanceOf(Pain001Exception.class)
            .hasMessageContaining("Block RUN-1-BLOCK-1 streamed more than 3 transactions announced");
        assertThat(this.dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void aSumOtherThanTheControlSumPublishesNothing(Pain001Version version) {
        // given: right count, one cent less in the first block
        List<CreditTransfer> transfers = new ArrayList<>(TRANSFERS.get(FIRST));
        CreditTransfer last = transfers.remove(2);
        transfers.add(new CreditTransfer(last.endToEndId(), new BigDecimal("0.06"), last.creditorName(),
                last.creditorIban(), last.creditorBic(), last.remittanceInformation()));
        Function<PaymentBlock, Iterator<CreditTransfer>> entries = (block) -> (block == FIRST)
                ? transfers.iterator() : TRANSFERS.get(block).iterator();

        // when / then
        assertThatThrownBy(() -> write(version, HEADER, entries)).isInstanceOf(Pain001Exception.class)
            .hasMessageContaining("Block RUN-1-BLOCK-1 streamed a sum of 1234.56 instead of the control sum 1234.57");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void aHeaderThatDisagreesWithItsBlocksIsRefusedBeforeWriting() {
        // given
        FileHeader header = new FileHeader(HEADER.messageId(), HEADER.creationTime(), 5, new BigDecimal("1235.09"),
                HEADER.originator());

        // when / then
        assertThatThrownBy(() -> write(Pain001Version.V09, header, (block) -> TRANSFERS.get(block).iterator()))
            .isInstanceOf(Pain001Exception.class)
            .hasMessageContaining("Header announces 5 transactions of 1235.09 but the blocks announce 5 of 1235.08");
        assertThat(this.dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void anEndToEndIdTheSchemaRejectsFailsNamingIt(Pain001Version version) {
        // given: an underscore, outside the SEPA character set, in the second block's last transaction
        List<CreditTransfer> transfers = List.of(TRANSFERS.get(SECOND).get(0), new CreditTransfer("E2E_5",
                new BigDecimal("0.01"), "Ana", "ES9121000418450200051332", null, null));

        // when / then
        assertThatThrownBy(() -> write(version, HEADER,
                (block) -> (block == SECOND) ? transfers.iterator() : TRANSFERS.get(block).iterator()))
            .isInstanceOf(Pain001Exception.class)
            .hasMessageContaining("Block RUN-1-BLOCK-2, transaction 2 (EndToEndId E2E_5)")
            .hasMessageContaining("EndToEndId 'E2E_5' is not 1 to 35 characters");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void anEndToEndIdLongerThan35CharactersIsNotCutButRefused() {
        // given
        String longId = "E".repeat(36);
        List<CreditTransfer> transfers = List.of(new CreditTransfer(longId, new BigDecimal("0.50"), "Ole",
                "AT611904300234573201", null, null), TRANSFERS.get(SECOND).get(1));

        // when / then
        assertThatThrownBy(() -> write(Pain001Version.V03, HEADER,
                (block) -> (block == SECOND) ? transfers.iterator() : TRANSFERS.get(block).iterator()))
            .isInstanceOf(Pain001Exception.class).hasMessageContaining("EndToEndId '" + longId + "'");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void anIbanWithAWrongCheckDigitFailsNamingIt() {
        // given
        List<CreditTransfer> transfers = List.of(new CreditTransfer("E2E-4", new BigDecimal("0.50"), "Ole",
                "AT621904300234573201", null, null), TRANSFERS.get(SECOND).get(1));

        // when / then
        assertThatThrownBy(() -> write(Pain001Version.V03, HEADER,
                (block) -> (block == SECOND) ? transfers.iterator() : TRANSFERS.get(block).iterator()))
            .isInstanceOf(Pain001Exception.class).hasMessageContaining("Creditor IBAN 'AT621904300234573201'");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void aFailingSourceMidStreamPublishesNothing() {
        // given: the source breaks after the first transaction of the second block, as a lost cursor would
        Iterator<CreditTransfer> breaking = new Iterator<>() {
            private final Iterator<CreditTransfer> delegate = TRANSFERS.get(SECOND).iterator();

            private int served;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public CreditTransfer next() {
                if (this.served++ == 1) {
                    throw new IllegalStateException("connection lost");
                }
                return this.delegate.next();
            }
        };

        // when / then
        assertThatThrownBy(() -> write(Pain001Version.V09, HEADER,
                (block) -> (block == SECOND) ? breaking : TRANSFERS.get(block).iterator()))
            .isInstanceOf(IllegalStateException.class).hasMessage("connection lost");
        assertThat(this.dir).isEmptyDirectory();
    }

    @Test
    void aPublishedFileIsNeverReplaced() throws Exception {
        // given
        Files.writeString(this.dir.resolve("sct.xml"), "sent yesterday");

        // when / then
        assertThatThrownBy(() -> write(Pain001Version.V03, HEADER, (block) -> TRANSFERS.get(block).iterator()))
            .isInstanceOf(Pain001Exception.class).hasMessageContaining("sct.xml");
        assertThat(this.dir.resolve("sct.xml")).hasContent("sent yesterday");
        assertThat(this.dir).isDirectoryNotContaining("glob:**.{part,json}");
    }

    private PublishedFile write(Pain001Version version, FileHeader header,
            Function<PaymentBlock, Iterator<CreditTransfer>> entries) {
        return new Pain001Writer(version).write(this.dir, "sct.xml", header, List.of(FIRST, SECOND), entries);
    }

}
