package io.motiv.service.csv;

import io.motiv.service.api.ValidationException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** The shape the chunked CSV imports share (purchases, consents): read, check the header, import chunk by chunk. */
public final class CsvImport {

    /** Imports one chunk of data rows, tallying what became of each. */
    public interface Chunk {
        Uni<Void> importChunk(List<String> header, List<CsvReader.Row> rows, ImportReport.Tally tally);
    }

    private CsvImport() {
    }

    /**
     * Reads the file and answers 400 (VALIDATION) when it is not CSV, has no header row, more than {@code maxRows}
     * data rows or a header {@code checkHeader} refuses; otherwise imports the data rows in chunks of
     * {@code chunkSize}, one after the other, and answers the report.
     */
    public static Uni<Response> inChunks(String csv, int maxRows, int chunkSize, Consumer<List<String>> checkHeader,
                                         Chunk importer) {
        List<CsvReader.Row> rows;
        List<String> header;
        try {
            rows = CsvReader.read(csv == null ? "" : csv);
            if (rows.isEmpty()) {
                throw new ValidationException("csv", "is empty: a header row is needed");
            }
            if (rows.size() - 1 > maxRows) {
                throw new ValidationException("csv", "has " + (rows.size() - 1) + " rows; at most " + maxRows + " per import");
            }
            header = rows.getFirst().fields().stream().map(String::strip).toList();
            checkHeader.accept(header);
        } catch (CsvReader.CsvFormatException | ValidationException e) {
            return Uni.createFrom().item(ImportReport.badFile(e.getMessage()));
        }
        List<CsvReader.Row> data = rows.subList(1, rows.size());
        ImportReport.Tally tally = new ImportReport.Tally();
        List<List<CsvReader.Row>> chunks = new ArrayList<>();
        for (int start = 0; start < data.size(); start += chunkSize) {
            chunks.add(data.subList(start, Math.min(data.size(), start + chunkSize)));
        }
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> importer.importChunk(header, chunk, tally))
                .collect().last()
                .map(ignored -> Response.ok(tally.report(data.size())).build());
    }

    /** @throws ValidationException (field "header") naming the first column that is missing */
    public static void requireColumns(List<String> header, String... columns) {
        for (String required : columns) {
            if (!header.contains(required)) {
                throw new ValidationException("header", "needs a " + required + " column");
            }
        }
    }

    /** @throws ValidationException (field "header") without customer_id or customer_source and customer_ref */
    public static void requireCustomerColumns(List<String> header) {
        if (!header.contains("customer_id") && !(header.contains("customer_source") && header.contains("customer_ref"))) {
            throw new ValidationException("header", "needs customer_id, or customer_source and customer_ref");
        }
    }

    /** The cell as a constant of {@code type} (any case), null when empty. */
    public static <E extends Enum<E>> E enumValue(Map<String, String> cells, String column, Class<E> type) {
        String cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, cell.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(column, "'" + cell + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The cell as a UUID, null when empty. */
    public static UUID uuid(Map<String, String> cells, String column) {
        String cell = cells.get(column);
        try {
            return cell == null ? null : UUID.fromString(cell);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(column, "not a valid id (expected a UUID)");
        }
    }

    /** The cell as an ISO-8601 instant, null when empty. */
    public static Instant instant(Map<String, String> cells, String column) {
        String cell = cells.get(column);
        try {
            return cell == null ? null : Instant.parse(cell);
        } catch (DateTimeParseException e) {
            throw new ValidationException(column, "'" + cell + "' is not an ISO-8601 instant");
        }
    }
}
