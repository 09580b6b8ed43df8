package dev.settle.reconciliation.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A deterministic bank: reads one of our published pain.001 (credit transfer) or pain.008 (direct debit) files, any
 * of the versions we write (pain.001.001.03 / .09, pain.008.001.02 / .08, told apart by namespace), and writes what
 * a bank would send back, valid against the official schemas:
 * <ul>
 * <li>{@code <msgId>.pain002.xml}, a pain.002.001.10 status report: the group status ({@code ACCP}, {@code PART}
 * when some payments are rejected, {@code RJCT} when all are), one status per block, and one {@code TxInfAndSts}
 * per rejected payment with its reason and amount;</li>
 * <li>{@code <msgId>.camt054.xml}, a camt.054.001.08 notification for our account (the file's debtor or creditor
 * IBAN): one batch booking per block for its accepted payments (debit for transfers, credit for collections), then
 * one entry per returned payment, booked the other way two TARGET2 business days later with its return reason.</li>
 * </ul>
 * Each payment's fate is decided by the cents of its amount alone ({@link BankRules}): {@code .13} rejected
 * {@code AM04}, {@code .14} rejected {@code AC04}, {@code .15} rejected {@code MD01} ({@code AC01} for a transfer),
 * {@code .31} booked then returned {@code AC04} ({@code MD06} for a collection), {@code .32} booked then returned
 * {@code AM04}, anything else accepted and booked.
 * <p>
 * Blocks are booked on the booking date given, else on their requested execution or collection date. Nothing
 * depends on the clock: the status report carries the original's creation time, the notification the day of its
 * latest entry at 18:00 UTC, and every reference is derived from the original's identifiers, so the same file and
 * booking date always give the same bytes.
 * <p>
 * The file is streamed, never held: a first pass counts each block's outcomes (the statuses and batch totals come
 * before the payments in both answers), a second writes both answers, and a third, only when there are returns,
 * appends the return entries after the bookings. Both answers are written to {@code .part} files and renamed into
 * place only when both are complete, replacing earlier answers to the same file. Stateless and thread-safe.
 */
public final class BankSimulator {

    /**
     * Answers {@code file} into {@code outDirectory} (created if missing).
     *
     * @param bookingDate the date every block is booked on, or null for each block's requested date
     * @throws SimulationException when the file does not exist or is not one of our pain.001 / pain.008 files, or
     *     the answers cannot be written; nothing is published then
     */
    public SimulationResult simulate(Path file, Path outDirectory, LocalDate bookingDate) {
        FileSummary summary = FileSummary.of(file);
        if (summary.blocks().isEmpty()) {
            throw new SimulationException(file + " is not one of our pain.001 / pain.008 files: it has no blocks");
        }
        String messageId = summary.header().messageId();
        Path statusReport = target(file, outDirectory, messageId, ".pain002.xml");
        Path notification = target(file, outDirectory, messageId, ".camt054.xml");
        try {
            Files.createDirectories(outDirectory);
            try (IsoXmlFile pain002 = IsoXmlFile.start(statusReport, StatusReportWriter.NAMESPACE,
                    StatusReportWriter.MESSAGE_ELEMENT);
                    IsoXmlFile camt054 = IsoXmlFile.start(notification, NotificationWriter.NAMESPACE,
                            NotificationWriter.MESSAGE_ELEMENT)) {
                StatusReportWriter status = new StatusReportWriter(pain002, summary);
                NotificationWriter bank = new NotificationWriter(camt054, summary, bookingDate);
                status.start();
                bank.start();
                PainFileReader.read(file, PainVisitor.both(status, bank.bookings()));
                if (summary.returned() > 0) {
                    PainFileReader.read(file, bank.returns());
                }
                pain002.publish();
                camt054.publish();
            }
        } catch (IOException e) {
            throw new SimulationException("Cannot write the answers to " + file + " into " + outDirectory + ": "
                    + e.getMessage(), e);
        }
        return new SimulationResult(messageId, summary.header().message().messageName(), summary.payments(),
                summary.accepted(), summary.rejected(), summary.returned(), statusReport, notification);
    }

    private static Path target(Path file, Path outDirectory, String messageId, String suffix) {
        Path target = outDirectory.resolve(messageId + suffix);
        // The message id names the files: it must not lead them out of the directory.
        if (!outDirectory.equals(target.getParent()) || messageId.startsWith(".")) {
            throw new SimulationException(file + ": message id '" + messageId + "' cannot name a file");
        }
        return target;
    }
}
