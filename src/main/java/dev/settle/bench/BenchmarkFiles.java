package dev.settle.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;

/**
 * Deterministic benchmark inputs: an instrument file and an instruction file of any size, the same bytes for the
 * same seed, spread over EUR credits and debits and GBP payouts, 50 instructions per order.
 */
public final class BenchmarkFiles {

    private BenchmarkFiles() {
    }

    /** Instrument ids are derived from their index so instruction rows can name them without a lookup. */
    static UUID instrumentId(long seed, int index) {
        return new UUID(seed, index);
    }

    public static Path instruments(Path file, long seed, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,customerRef,type,holderName,iban,bic,mandateId,mandateSignedOn\n");
            for (int i = 0; i < count; i++) {
                boolean mandate = i % 3 == 1;
                out.write(instrumentId(seed, i) + ",CUST-" + i + "," + (mandate ? "SEPA_MANDATE" : "BANK_ACCOUNT")
                        + ",Holder " + i + ",DE89370400440532013000,COBADEFFXXX," + (mandate ? "M-" + i + ",2024-01-15"
                        : ",") + "\n");
            }
        }
        return file;
    }

    public static Path instructions(Path file, long seed, int rows, int instruments) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("orderRef,instructionRef,customerRef,direction,financialInstrumentId,amount,currency,"
                    + "settledByDate,schemeId,metadata.invoice,orderMetadata.batch\n");
            for (int i = 0; i < rows; i++) {
                int instrument = random.nextInt(instruments);
                boolean debit = instrument % 3 == 1;
                boolean gbp = !debit && i % 5 == 0;
                String amount = (1 + random.nextInt(5000)) + "." + String.format("%02d", random.nextInt(100));
                out.write("BENCH-" + (i / 50) + ",I-" + i + ",CUST-" + instrument + "," + (debit ? "DEBIT" : "CREDIT")
                        + "," + instrumentId(seed, instrument) + "," + amount + "," + (gbp ? "GBP" : "EUR")
                        + ",2031-03-" + (17 + i % 10) + "," + (debit ? "SEPA-DD-EUR" : gbp ? "SANDBOX-GBP" : "SEPA-CT-EUR")
                        + ",INV-" + i + ",bench-" + (i / 10_000) + "\n");
            }
        }
        return file;
    }
}
