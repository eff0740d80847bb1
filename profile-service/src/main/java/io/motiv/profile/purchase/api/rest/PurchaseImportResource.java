package io.motiv.profile.purchase.api.rest;

import io.motiv.service.csv.ImportReport;
import io.motiv.profile.purchase.service.PurchaseLine;
import io.motiv.profile.purchase.service.PurchaseService;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.motiv.service.csv.CsvReader;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * CSV import of purchases: {@code order_id}, the customer as {@code customer_id} or {@code customer_source} +
 * {@code customer_ref}, {@code amount}, {@code currency}, {@code purchased_at} (ISO-8601), optional {@code channel},
 * {@code category}, {@code campaign_id}. Rows are recorded in chunks like recordPurchases: valid rows stored, invalid
 * rows reported with their line, a repeated import stores nothing twice.
 */
@Path("/purchases/import")
public class PurchaseImportResource {

    static final int CHUNK = 2_000;
    static final int MAX_ROWS = 1_000_000;

    private final PurchaseService purchases;

    public PurchaseImportResource(PurchaseService purchases) {
        this.purchases = purchases;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.STEWARD, Roles.ADMIN})
    public Uni<Response> importCsv(String csv) {
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.read(csv == null ? "" : csv);
            requireHeader(rows);
        } catch (CsvReader.CsvFormatException | ValidationException e) {
            return Uni.createFrom().item(ImportReport.badFile(e.getMessage()));
        }
        List<String> header = rows.getFirst().fields().stream().map(String::strip).toList();
        List<CsvReader.Row> data = rows.subList(1, rows.size());
        ImportReport.Tally tally = new ImportReport.Tally();
        List<List<CsvReader.Row>> chunks = new ArrayList<>();
        for (int start = 0; start < data.size(); start += CHUNK) {
            chunks.add(data.subList(start, Math.min(data.size(), start + CHUNK)));
        }
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> importChunk(header, chunk, tally))
                .collect().last()
                .map(ignored -> Response.ok(tally.report(data.size())).build());
    }

    private Uni<Void> importChunk(List<String> header, List<CsvReader.Row> chunk, ImportReport.Tally tally) {
        List<PurchaseLine> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (CsvReader.Row row : chunk) {
            try {
                lines.add(toLine(header, row));
                lineNumbers.add(row.line());
            } catch (ValidationException e) {
                tally.reject(row.line(), e.field(), e.getMessage());
            }
        }
        if (lines.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return purchases.record(lines).invoke(result -> {
            tally.stored += result.recorded();
            tally.duplicates += result.duplicates();
            result.errors().forEach(error -> tally.reject(lineNumbers.get(error.index()), error.field(), error.message()));
        }).replaceWithVoid();
    }

    private static PurchaseLine toLine(List<String> header, CsvReader.Row row) {
        Map<String, String> cells = row.byColumn(header);
        UUID customerId = null;
        if (cells.get("customer_id") != null) {
            try {
                customerId = UUID.fromString(cells.get("customer_id"));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("customer_id", "not a valid id (expected a UUID)");
            }
        }
        BigDecimal amount;
        try {
            amount = cells.get("amount") == null ? null : new BigDecimal(cells.get("amount"));
        } catch (NumberFormatException e) {
            throw new ValidationException("amount", "'" + cells.get("amount") + "' is not a number");
        }
        Instant purchasedAt;
        try {
            purchasedAt = cells.get("purchased_at") == null ? null : Instant.parse(cells.get("purchased_at"));
        } catch (DateTimeParseException e) {
            throw new ValidationException("purchased_at", "'" + cells.get("purchased_at") + "' is not an ISO-8601 instant");
        }
        return new PurchaseLine(cells.get("order_id"), customerId, cells.get("customer_source"), cells.get("customer_ref"),
                amount, cells.get("currency"), purchasedAt, cells.get("channel"), cells.get("category"), cells.get("campaign_id"));
    }

    private static void requireHeader(List<CsvReader.Row> rows) {
        if (rows.isEmpty()) {
            throw new ValidationException("csv", "is empty: a header row is needed");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new ValidationException("csv", "has " + (rows.size() - 1) + " rows; at most " + MAX_ROWS + " per import");
        }
        List<String> header = rows.getFirst().fields().stream().map(String::strip).toList();
        for (String required : List.of("order_id", "amount", "currency", "purchased_at")) {
            if (!header.contains(required)) {
                throw new ValidationException("header", "needs a " + required + " column");
            }
        }
        if (!header.contains("customer_id") && !(header.contains("customer_source") && header.contains("customer_ref"))) {
            throw new ValidationException("header", "needs customer_id, or customer_source and customer_ref");
        }
    }
}
