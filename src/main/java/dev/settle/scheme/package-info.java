/**
 * The scheme-writer SPI: how the settlement job hands payments to a payment scheme (a bank file format, a PSP's
 * API, a sandbox) and learns what became of them. This package depends on nothing else in the project, and
 * nothing here depends on Spring Batch, so the job, the CLI and tests call a writer alike.
 *
 * <h2>Contract of a {@link dev.settle.scheme.SchemeWriter}</h2>
 * <ul>
 * <li><b>Stable code.</b> {@link dev.settle.scheme.SchemeWriter#code()} names the writer type schemes are
 * configured with ({@code SEPA_SCT}, {@code SANDBOX}, …). It never changes: it is stored with every submission.</li>
 * <li><b>Streamed batches.</b> A {@link dev.settle.scheme.SubmissionBatch} announces its groups (execution date,
 * currency, sequence type) with their counts and totals; the payments are read group by group, from a database
 * cursor, so a file writer keeps memory flat however large the file. An API writer, whose batches are small by
 * configuration, may take them all with {@link dev.settle.scheme.SubmissionBatch#payments()}.</li>
 * <li><b>One outcome per payment, as data.</b> {@link dev.settle.scheme.SchemeWriter#submit} answers a
 * {@link dev.settle.scheme.SubmissionResult}: a {@link dev.settle.scheme.PaymentOutcome} for every payment of the
 * batch, in any order, or one outcome for the whole batch (a file handed to the bank is {@code PENDING} under
 * its name). Outcomes are {@code ACCEPTED}, {@code REJECTED} (with the scheme's code and text, final or
 * retryable), {@code PENDING} (received, decision later) or {@code UNKNOWN} (it may or may not have gone
 * through). A rejected payment is not an exception; a payment left without an outcome counts as
 * {@code UNKNOWN}.</li>
 * <li><b>Idempotent per key.</b> A restart may submit a payment again with the same
 * {@link dev.settle.scheme.Payment#key()} (the EndToEndId, PmtInfId or Idempotency-Key the scheme sees). The
 * writer must not make it a second payment: a file writer writes a key into at most one published file; an API
 * writer sends the key as the scheme's idempotency key.</li>
 * <li><b>Never writes our database.</b> The job records outcomes; the writer only talks to the scheme and to its
 * own files.</li>
 * <li><b>Thread safety.</b> One writer instance serves several batches at once (one per scheme partition): keep
 * no per-batch state in fields.</li>
 * <li><b>Exceptions mean "could not talk to the scheme at all".</b>
 * {@link dev.settle.scheme.SchemeUnavailableException} is retryable: nothing of the batch reached the scheme,
 * or the writer cannot tell, in which case it must answer {@code UNKNOWN} outcomes rather than throw. Any other
 * exception is a defect or a misconfiguration and fails the step.</li>
 * <li><b>Status by key.</b> {@link dev.settle.scheme.SchemeWriter#status} lets reconciliation resolve
 * {@code PENDING} and {@code UNKNOWN} items; an empty answer means the scheme has no trace of the key, so
 * submitting it again is safe.</li>
 * </ul>
 */
package dev.settle.scheme;
