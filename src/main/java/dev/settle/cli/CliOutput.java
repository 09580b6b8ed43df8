package dev.settle.cli;

import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints command results as aligned tables for people or as JSON for scripts. */
final class CliOutput {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndAddModules().build();

    private CliOutput() {
    }

    static void json(PrintWriter out, Object value) {
        out.println(JSON.writeValueAsString(value));
        out.flush();
    }

    static void table(PrintWriter out, List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], String.valueOf(row.get(i)).length());
            }
        }
        out.println(line(headers, widths));
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
        if (rows.isEmpty()) {
            out.println("(none)");
        }
        out.flush();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = String.valueOf(cells.get(i));
            line.append(cell).append(" ".repeat(Math.max(0, widths[i] - cell.length() + 2)));
        }
        return line.toString().stripTrailing();
    }
}
