package dev.settle.csvimport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Instruction files of any size for the restart tests, valid except the rows said to be bad. */
final class GeneratedCsv {

    static final String HEADER = "orderRef,instructionRef,customerRef,direction,financialInstrumentId,amount,currency,"
            + "settledByDate,schemeId";

    private GeneratedCsv() {
    }

    /** {@code rows} payouts over orders of 50 rows; every {@code badEvery}-th row has a negative amount (0: none). */
    static Path write(Path file, int rows, int badEvery) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 1; i <= rows; i++) {
                boolean bad = badEvery > 0 && i % badEvery == 0;
                out.write("ORD-" + (i / 50) + ",I-" + i + ",C-001,CREDIT,0b4f6a0e-0001-4c5e-9a51-000000000001,"
                        + (bad ? "-1.00" : (i % 1000) + ".25") + ",EUR,2031-03-17,SEPA-CT-EUR\n");
            }
        }
        return file;
    }
}
