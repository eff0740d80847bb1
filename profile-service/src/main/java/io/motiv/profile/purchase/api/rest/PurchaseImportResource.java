package io.motiv.profile.purchase.api.rest;

import io.motiv.service.csv.ImportReport;
import io.motiv.profile.purchase.service.PurchaseLine;
import io.motiv.profile.purchase.service.PurchaseService;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.motiv.service.csv.CsvImport;
import io.motiv.service.csv.CsvReader;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        return CsvImport.inChunks(csv, MAX_ROWS, CHUNK, header -> {
            CsvImport.requireColumns(header, "order_id", "amount", "currency", "purchased_at");
            CsvImport.requireCustomerColumns(header);
        }, this::importChunk);
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
        BigDecimal amount;
        try {
            amount = cells.get("amount") == null ? null : new BigDecimal(cells.get("amount"));
        } catch (NumberFormatException e) {
            throw new ValidationException("amount", "'" + cells.get("amount") + "' is not a number");
        }
        return new PurchaseLine(cells.get("order_id"), CsvImport.uuid(cells, "customer_id"), cells.get("customer_source"),
                cells.get("customer_ref"), amount, cells.get("currency"), CsvImport.instant(cells, "purchased_at"),
                cells.get("channel"), cells.get("category"), cells.get("campaign_id"));
    }
}
