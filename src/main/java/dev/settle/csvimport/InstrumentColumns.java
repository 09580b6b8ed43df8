package dev.settle.csvimport;

import dev.settle.vault.FinancialInstrumentRequest;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a financial-instrument file: the API's fields, plus an optional {@code id} the tenant chooses
 * so its instruction files can name the instrument.
 */
final class InstrumentColumns {

    static final CsvColumns COLUMNS = new CsvColumns(
            Set.of("id", "customerRef", "type", "holderName", "iban", "bic", "mandateId", "mandateSignedOn",
                    "pspToken", "canCredit", "canDebit"),
            Set.of("customerRef", "type"), Set.of());

    /** Masked in the error report. */
    static final Set<String> PERSONAL = Set.of("holderName", "iban", "pspToken");

    private InstrumentColumns() {
    }

    static FinancialInstrumentRequest request(CsvRecord record) {
        Map<String, String> v = record.values();
        return new FinancialInstrumentRequest(v.get("customerRef"), v.get("type"), v.get("holderName"), v.get("iban"),
                v.get("bic"), v.get("mandateId"), v.get("mandateSignedOn"), v.get("pspToken"), v.get("canCredit"),
                v.get("canDebit"));
    }

    static String id(CsvRecord record) {
        String id = record.values().get("id");
        return id == null || id.isBlank() ? null : id.trim();
    }
}
