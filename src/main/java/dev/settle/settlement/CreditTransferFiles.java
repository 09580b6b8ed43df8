package dev.settle.settlement;

import dev.settle.schemeconfig.SchemeConfig;
import dev.settle.scheme.sepa.CreditTransfer;
import dev.settle.scheme.sepa.FileHeader;
import dev.settle.scheme.sepa.Originator;
import dev.settle.scheme.sepa.PaymentBlock;
import dev.settle.scheme.sepa.Pain001Version;
import dev.settle.scheme.sepa.Pain001Writer;
import dev.settle.scheme.sepa.PublishedFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one planned SEPA credit-transfer file (pain.001) from the ledger and marks its payments submitted.
 * A file already published is never written again: a restart only marks its rows. A file not yet published is
 * written from the ledger, in ledger order, with the totals the plan holds; the writer publishes it atomically,
 * so a crash leaves either no file or the whole file.
 */
@Service
public class CreditTransferFiles {

    private final PaymentRows rows;
    private final SubmissionLedger ledger;
    private final Clock clock;

    public CreditTransferFiles(PaymentRows rows, SubmissionLedger ledger, Clock clock) {
        this.rows = rows;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The published file of a planned batch: written now, or found from an earlier run. */
    @Transactional
    public Path submit(SchemeConfig scheme, LocalDate businessDate, PlannedFile file, Path directory) {
        Path target = directory.resolve(file.batchId() + ".xml");
        if (!Files.exists(target)) {
            write(scheme, businessDate, file, directory);
        }
        ledger.markSubmitted(file.batchId(), clock.instant());
        return target;
    }

    private PublishedFile write(SchemeConfig scheme, LocalDate businessDate, PlannedFile file, Path directory) {
        Map<String, String> settings = scheme.settings();
        Originator originator = new Originator(required(scheme, "originatorName"), required(scheme, "originatorIban"),
                settings.get("originatorBic"));
        Pain001Version version = "03".equals(settings.get("painVersion")) ? Pain001Version.V03 : Pain001Version.V09;
        // The ledger keeps three decimals for every currency; SEPA amounts are whole euro cents.
        BigDecimal controlSum = file.controlSum().setScale(2);
        FileHeader header = new FileHeader(file.batchId(), OffsetDateTime.now(clock), file.payments(), controlSum,
                originator);
        PaymentBlock block = new PaymentBlock(file.batchId() + "-1", businessDate, file.payments(), controlSum);
        try (Stream<CreditTransfer> transfers = rows.creditTransfers(file.batchId())) {
            return new Pain001Writer(version).write(directory, file.batchId() + ".xml", header, List.of(block),
                    b -> transfers.iterator());
        }
    }

    private static String required(SchemeConfig scheme, String key) {
        String value = scheme.settings().get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Scheme " + scheme.schemeId() + " (SEPA_SCT) needs the setting '" + key
                    + "'; set it with 'settle schemes create … --setting " + key + "=…'");
        }
        return value;
    }
}
