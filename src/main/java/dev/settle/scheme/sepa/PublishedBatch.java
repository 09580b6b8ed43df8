package dev.settle.scheme.sepa;

import dev.settle.scheme.PaymentGroup;
import dev.settle.scheme.SubmissionBatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a batch's file was already published by an earlier attempt, which a restart after a crash at any
 * point must find rather than write a second file: the file and its manifest (nothing to do), or the file alone
 * (a crash between the two renames: the file is complete, so its manifest is rebuilt from it). Either way the
 * file must hold what the batch announces; a file holding anything else is refused, never overwritten.
 */
final class PublishedBatch {

    private PublishedBatch() {
    }

    /**
     * Whether {@code file} is the published file of {@code batch}; false when there is no such file yet.
     *
     * @throws IllegalStateException if the file holds a different count or control sum than the batch
     */
    static boolean isPublished(SubmissionBatch batch, Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        PublishedFile published;
        try {
            published = Files.exists(SepaPublication.manifestOf(file)) ? SepaPublication.manifest(file)
                    : SepaPublication.rebuildManifest(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the published file " + file + " of batch "
                    + batch.batchId(), ex);
        }
        BigDecimal total = total(batch);
        if (published.numberOfTransactions() != batch.count() || published.controlSum().compareTo(total) != 0) {
            throw new IllegalStateException("File " + file + " was produced for different content than batch "
                    + batch.batchId() + ": the batch announces " + batch.count() + " payments of "
                    + total.toPlainString() + ", the file holds " + published.numberOfTransactions() + " of "
                    + published.controlSum().toPlainString() + ". Investigate the file and the batch; the file"
                    + " may already be with the bank and is never overwritten");
        }
        return true;
    }

    /** The sum of the batch's group totals. */
    static BigDecimal total(SubmissionBatch batch) {
        return batch.groups().stream().map(PaymentGroup::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}
