package dev.settle.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Deterministic benchmark inputs: an instrument file and an instruction file of any size, the same bytes for the
 * same seed and routes, spread over euro credits and debits and payouts in other currencies, 50 instructions per
 * order.
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

    /** Where one kind of generated payment goes: its scheme and the settledByDate every row of it carries. */
    public record Route(String schemeId, LocalDate settledBy) {
    }

    /**
     * Where generated payments go: euro payouts (four in five credits), euro collections (every debit, on the
     * instruments that carry a mandate) and the other credits, spread over {@code currencies} in turn.
     */
    public record Routes(Route euroCredits, Route euroDebits, Route otherCredits, List<String> currencies) {
    }

    public static Path instructions(Path file, long seed, int rows, int instruments, Routes routes)
            throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("orderRef,instructionRef,customerRef,direction,financialInstrumentId,amount,currency,"
                    + "settledByDate,schemeId,metadata.invoice,orderMetadata.batch\n");
            for (int i = 0; i < rows; i++) {
                int instrument = random.nextInt(instruments);
                boolean debit = instrument % 3 == 1;
                boolean other = !debit && i % 5 == 0;
                Route route = debit ? routes.euroDebits() : other ? routes.otherCredits() : routes.euroCredits();
                String currency = other ? routes.currencies().get(i / 5 % routes.currencies().size()) : "EUR";
                String amount = (1 + random.nextInt(5000)) + "." + String.format("%02d", random.nextInt(100));
                out.write("BENCH-" + (i / 50) + ",I-" + i + ",CUST-" + instrument + "," + (debit ? "DEBIT" : "CREDIT")
                        + "," + instrumentId(seed, instrument) + "," + amount + "," + currency + ","
                        + route.settledBy() + "," + route.schemeId() + ",INV-" + i + ",bench-" + (i / 10_000) + "\n");
            }
        }
        return file;
    }
}
