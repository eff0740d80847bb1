package io.motiv.profile.consent.api.rest;

import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import io.motiv.profile.consent.service.ConsentService;
import io.motiv.profile.consent.service.RecordConsent;
import io.motiv.profile.customer.Customer;
import io.motiv.profile.customer.repository.CustomerRepository;
import io.motiv.service.api.Bulk;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.motiv.service.csv.CsvImport;
import io.motiv.service.csv.CsvReader;
import io.motiv.service.csv.ImportReport;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * CSV import of consent decisions: the customer as {@code customer_id} or {@code customer_source} +
 * {@code customer_ref}, {@code purpose}, {@code status}, {@code source}, {@code legal_text_version}, optional
 * {@code decided_at} (ISO-8601; now when empty). Rows are recorded in chunks of 1,000 like recordConsents, in file
 * order: valid rows stored with their ConsentChanged events, invalid rows reported with their line. A row whose
 * decision (with its decided_at) is recorded already counts as a duplicate, so a repeated import stores nothing twice.
 */
@Path("/consents/import")
public class ConsentImportResource {

    static final int MAX_ROWS = 200_000;
    private static final String CUSTOMER_ID = "customer_id";
    private static final String CUSTOMER_SOURCE = "customer_source";
    private static final String CUSTOMER_REF = "customer_ref";

    private final ConsentService consents;
    private final CustomerRepository customers;

    public ConsentImportResource(ConsentService consents, CustomerRepository customers) {
        this.consents = consents;
        this.customers = customers;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.STEWARD, Roles.ADMIN})
    public Uni<Response> importCsv(String csv) {
        return CsvImport.inChunks(csv, MAX_ROWS, Bulk.MAX_ITEMS, header -> {
            CsvImport.requireColumns(header, "purpose", "status", "source", "legal_text_version");
            CsvImport.requireCustomerColumns(header);
        }, this::importChunk);
    }

    private Uni<Void> importChunk(List<String> header, List<CsvReader.Row> chunk, ImportReport.Tally tally) {
        List<Map<String, String>> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (CsvReader.Row row : chunk) {
            try {
                cells.add(row.byColumn(header));
                lines.add(row.line());
            } catch (ValidationException e) {
                tally.reject(row.line(), e.field(), e.getMessage());
            }
        }
        Set<List<String>> refs = new HashSet<>();
        cells.forEach(row -> {
            if (row.get(CUSTOMER_ID) == null && row.get(CUSTOMER_SOURCE) != null && row.get(CUSTOMER_REF) != null) {
                refs.add(List.of(row.get(CUSTOMER_SOURCE), row.get(CUSTOMER_REF)));
            }
        });
        return lookUp(refs).chain(byRef -> {
            List<RecordConsent> commands = new ArrayList<>();
            List<Integer> commandLines = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                try {
                    commands.add(toCommand(cells.get(i), byRef));
                    commandLines.add(lines.get(i));
                } catch (ValidationException e) {
                    tally.reject(lines.get(i), e.field(), e.getMessage());
                }
            }
            if (commands.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return consents.recordAll(commands, true).invoke(outcomes -> {
                for (int i = 0; i < outcomes.size(); i++) {
                    ConsentService.Outcome outcome = outcomes.get(i);
                    if (outcome.failure() instanceof ValidationException invalid) {
                        tally.reject(commandLines.get(i), invalid.field(), invalid.getMessage());
                    } else if (outcome.failure() != null) {
                        tally.reject(commandLines.get(i), "customer", outcome.failure().getMessage());
                    } else if (outcome.duplicate()) {
                        tally.duplicates++;
                    } else {
                        tally.stored++;
                    }
                }
            }).replaceWithVoid();
        });
    }

    @WithSession
    public Uni<Map<List<String>, Customer>> lookUp(Set<List<String>> refs) {
        return customers.findByExternalRefs(refs);
    }

    private static RecordConsent toCommand(Map<String, String> cells, Map<List<String>, Customer> byRef) {
        UUID customerId = CsvImport.uuid(cells, CUSTOMER_ID);
        if (customerId == null) {
            if (cells.get(CUSTOMER_SOURCE) == null || cells.get(CUSTOMER_REF) == null) {
                throw new ValidationException("customer", "give customer_id, or customer_source and customer_ref");
            }
            Customer customer = byRef.get(List.of(cells.get(CUSTOMER_SOURCE), cells.get(CUSTOMER_REF)));
            if (customer == null) {
                throw new ValidationException("customer", "customer " + cells.get(CUSTOMER_SOURCE) + "/"
                        + cells.get(CUSTOMER_REF) + " does not exist");
            }
            customerId = customer.id;
        }
        return new RecordConsent(customerId, CsvImport.enumValue(cells, "purpose", ConsentPurpose.class),
                CsvImport.enumValue(cells, "status", ConsentStatus.class), cells.get("source"),
                cells.get("legal_text_version"), CsvImport.instant(cells, "decided_at"));
    }
}
