package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportFormat;
import dev.settle.reconciliation.report.ReportReader;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The report reader of each format, from every {@link ReportReader} bean; two readers of one format stop start-up. */
@Component
public class ReportReaders {

    private final Map<ReportFormat, ReportReader> byFormat = new EnumMap<>(ReportFormat.class);

    public ReportReaders(ObjectProvider<ReportReader> readers) {
        for (ReportReader reader : readers.orderedStream().toList()) {
            for (ReportFormat format : reader.formats()) {
                ReportReader previous = byFormat.putIfAbsent(format, reader);
                if (previous != null) {
                    throw new IllegalStateException("Two report readers read " + format + ": "
                            + previous.getClass().getName() + " and " + reader.getClass().getName());
                }
            }
        }
    }

    /** The reader of a format; fails naming the formats this build reads. */
    public ReportReader reader(ReportFormat format) {
        ReportReader reader = byFormat.get(format);
        if (reader == null) {
            throw new IllegalArgumentException("This build cannot read " + format + " reports yet; it reads "
                    + byFormat.keySet());
        }
        return reader;
    }
}
