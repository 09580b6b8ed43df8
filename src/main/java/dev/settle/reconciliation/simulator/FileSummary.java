package dev.settle.reconciliation.simulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first pass over a file: its header and every block's tallies by outcome. It holds one small object per
 * block, never per payment, so it stays small however many payments the file has. It also checks what the answers
 * rely on: one account for the whole file and one currency per block.
 */
final class FileSummary implements PainVisitor {

    private final Path file;

    private final List<BlockSummary> blocks = new ArrayList<>();

    private Header header;

    private BlockSummary current;

    private FileSummary(Path file) {
        this.file = file;
    }

    /** Reads {@code file} once and sums it up. */
    static FileSummary of(Path file) {
        FileSummary summary = new FileSummary(file);
        PainFileReader.read(file, summary);
        return summary;
    }

    @Override
    public void header(Header header) {
        this.header = header;
    }

    @Override
    public void block(Block block) {
        if (!blocks.isEmpty() && !blocks.get(0).block().account().equals(block.account())) {
            throw new SimulationException(file + " is not one of our files: block " + block.id() + " is for account "
                    + block.account() + ", block " + blocks.get(0).block().id() + " for "
                    + blocks.get(0).block().account());
        }
        current = null;
    }

    @Override
    public void payment(Block block, Payment payment) {
        if (current == null) {
            current = new BlockSummary(block, payment.currency());
        } else if (!current.currency().equals(payment.currency())) {
            throw new SimulationException(file + " is not one of our files: block " + block.id() + " mixes "
                    + current.currency() + " and " + payment.currency() + " (payment " + payment.endToEndId() + ")");
        }
        current.add(payment.amount(), outcome(payment).kind());
    }

    @Override
    public void endBlock(Block block) {
        blocks.add(current == null ? new BlockSummary(block, null) : current);
        current = null;
    }

    /** What the bank does with {@code payment} of this file. */
    BankRules.Outcome outcome(Payment payment) {
        return BankRules.outcome(payment.amount(), header.message().directDebit());
    }

    Header header() {
        return header;
    }

    /** The blocks in file order. */
    List<BlockSummary> blocks() {
        return blocks;
    }

    /** The summary of the block at 1-based {@code index}. */
    BlockSummary block(int index) {
        if (index > blocks.size()) {
            throw new SimulationException(file + " changed while it was being read: block " + index + " is new");
        }
        return blocks.get(index - 1);
    }

    /** Our account: the file's debtor (pain.001) or creditor (pain.008) IBAN. */
    String account() {
        return blocks.isEmpty() ? null : blocks.get(0).block().account();
    }

    long payments() {
        return accepted() + rejected();
    }

    long accepted() {
        return blocks.stream().mapToLong(BlockSummary::accepted).sum();
    }

    long rejected() {
        return blocks.stream().mapToLong(BlockSummary::rejected).sum();
    }

    long returned() {
        return blocks.stream().mapToLong(BlockSummary::returned).sum();
    }
}
