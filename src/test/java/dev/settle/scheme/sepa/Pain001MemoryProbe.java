package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.stream.LongStream;

/**
 * Writes a large pain.001.001.03 file from generated transactions, in its own JVM so the test can give it a small
 * heap. Heap use after a full collection is sampled while the transactions stream; the samples are stored in
 * {@code memory.properties} next to the file. Arguments: directory, number of transactions.
 */
public final class Pain001MemoryProbe {

    static final String FILE_NAME = "large.xml";

    private Pain001MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        long transactions = Long.parseLong(args[1]);
        long firstBlock = transactions / 2;
        // What SQL would have summed beforehand.
        PaymentBlock first = new PaymentBlock("LARGE-1", LocalDate.of(2026, 11, 23), firstBlock,
                sum(0, firstBlock));
        PaymentBlock second = new PaymentBlock("LARGE-2", LocalDate.of(2026, 11, 23), transactions - firstBlock,
                sum(firstBlock, transactions));
        FileHeader header = new FileHeader("LARGE-MSG-1", OffsetDateTime.of(2026, 11, 21, 9, 0, 0, 0,
                ZoneOffset.UTC), transactions, sum(0, transactions), Pain001WriterTests.ORIGINATOR);
        Properties samples = new Properties();
        new Pain001Writer(Pain001Version.V03).write(directory, FILE_NAME, header, List.of(first, second),
                (block) -> generate((block == first) ? 0 : firstBlock,
                        (block == first) ? firstBlock : transactions, transactions, samples));
        try (var out = Files.newOutputStream(directory.resolve("memory.properties"))) {
            samples.store(out, null);
        }
    }

    static BigDecimal amount(long index) {
        return BigDecimal.valueOf(index % 100_000 + 1, 2);
    }

    private static BigDecimal sum(long from, long to) {
        return LongStream.range(from, to).mapToObj(Pain001MemoryProbe::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    // Samples at every tenth of the file, starting once the JIT and the JAXB caches have warmed up.
    private static Iterator<CreditTransfer> generate(long from, long to, long total, Properties samples) {
        return new Iterator<>() {
            private long next = from;

            @Override
            public boolean hasNext() {
                return this.next < to;
            }

            @Override
            public CreditTransfer next() {
                long index = this.next++;
                if (index > 0 && index % (total / 10) == 0) {
                    samples.setProperty(Long.toString(index), Long.toString(usedHeapAfterCollection()));
                }
                return new CreditTransfer("E2E-" + index, amount(index), "Creditor Müller " + index,
                        "DE02120300000000202051", (index % 2 == 0) ? "BYLADEM1001" : null,
                        "Invoice " + index + " – thank you for your order ✓");
            }
        };
    }

    private static long usedHeapAfterCollection() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

}
