package dev.settle.scheme.sepa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200,000-transaction file written by a JVM with a 32 MB heap: less than the file itself (about 67 MB) or its
 * transactions held as objects would need, so the writer can only succeed if it streams. Heap use sampled during
 * the stream must stay flat.
 */
class Pain001WriterMemoryTests {

    static final long TRANSACTIONS = 200_000;

    static final long ALLOWED_GROWTH = 4L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void writesTwoHundredThousandTransactionsInASmallFlatHeap() throws Exception {
        // given
        Path log = this.dir.resolve("probe.log");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Pain001MemoryProbe.class.getName(), this.dir.toString(), Long.toString(TRANSACTIONS))
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        // when: the wait only guards against a hung build, it is not a speed goal
        boolean exited = probe.waitFor(10, TimeUnit.MINUTES);

        // then
        assertThat(exited).isTrue();
        assertThat(probe.exitValue()).as(() -> readLog(log)).isZero();
        List<Long> samples = samples();
        assertThat(samples).hasSize(9);
        long baseline = samples.get(0);
        assertThat(samples).allSatisfy((used) -> assertThat(used - baseline).isLessThan(ALLOWED_GROWTH));

        Path file = this.dir.resolve(Pain001MemoryProbe.FILE_NAME);
        SepaSchemas.validate(file, Pain001Version.V03.schemaResource());
        Pain001Files.Contents contents = Pain001Files.read(file);
        BigDecimal expectedSum = BigDecimal.ZERO;
        for (long i = 0; i < TRANSACTIONS; i++) {
            expectedSum = expectedSum.add(Pain001MemoryProbe.amount(i));
        }
        assertThat(contents.transactions()).isEqualTo(TRANSACTIONS).isEqualTo(contents.counts().get(0));
        assertThat(contents.amounts()).isEqualByComparingTo(expectedSum)
            .isEqualByComparingTo(contents.sums().get(0));
        assertThat(this.dir.resolve(Pain001MemoryProbe.FILE_NAME + ".manifest.json")).exists();
    }

    private List<Long> samples() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(this.dir.resolve("memory.properties"))) {
            properties.load(in);
        }
        return properties.stringPropertyNames().stream().map(Long::valueOf).sorted()
            .map((index) -> Long.valueOf(properties.getProperty(index.toString()))).toList();
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log);
        }
        catch (Exception ex) {
            return "no probe output: " + ex;
        }
    }

}
