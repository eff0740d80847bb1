package io.motiv.profile.customer.api.rest;

import io.motiv.events.profile.CustomerKind;
import io.motiv.profile.customer.profile.Channel;
import io.motiv.profile.customer.profile.CompanySizeBand;
import io.motiv.profile.customer.profile.Education;
import io.motiv.profile.customer.profile.EngagementLevel;
import io.motiv.profile.customer.profile.Gender;
import io.motiv.profile.customer.profile.IncomeBand;
import io.motiv.profile.customer.profile.MaritalStatus;
import io.motiv.profile.customer.profile.ProfileData;
import io.motiv.profile.customer.profile.Urbanity;
import io.motiv.profile.customer.service.CustomerService;
import io.motiv.profile.customer.service.RegisterCustomer;
import io.motiv.service.csv.ImportReport;
import io.motiv.service.api.ConflictException;
import io.motiv.service.api.ApiException;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.motiv.service.csv.CsvImport;
import io.motiv.service.csv.CsvReader;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * CSV import of customers: {@code source}, {@code ref}, {@code kind}, then any profile columns (name, email, phone,
 * birth_date, gender, income_band, education, marital_status, household_size, country, region, city, postal_code,
 * urbanity, industry, company_size_band, employees, annual_revenue, devices (separated by ';'), preferred_channel,
 * digital_engagement). Each row is registered on its own; a known externalRef counts as a duplicate, so a repeated
 * import changes nothing.
 */
@Path("/customers/import")
public class CustomerImportResource {

    static final int MAX_ROWS = 100_000;

    private final CustomerService customers;
    private final SecurityIdentity identity;

    public CustomerImportResource(CustomerService customers, SecurityIdentity identity) {
        this.customers = customers;
        this.identity = identity;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.STEWARD, Roles.ADMIN})
    public Uni<Response> importCsv(String csv) {
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.read(csv == null ? "" : csv);
            if (rows.isEmpty()) {
                throw new ValidationException("csv", "is empty: a header row is needed");
            }
            if (rows.size() - 1 > MAX_ROWS) {
                throw new ValidationException("csv", "has " + (rows.size() - 1) + " rows; at most " + MAX_ROWS + " per import");
            }
            List<String> header = rows.getFirst().fields().stream().map(String::strip).toList();
            if (!header.containsAll(List.of("source", "ref", "kind"))) {
                throw new ValidationException("header", "needs source, ref and kind columns");
            }
        } catch (CsvReader.CsvFormatException | ValidationException e) {
            return Uni.createFrom().item(ImportReport.badFile(e.getMessage()));
        }
        List<String> header = rows.getFirst().fields().stream().map(String::strip).toList();
        List<CsvReader.Row> data = rows.subList(1, rows.size());
        String actor = identity.getPrincipal().getName();
        ImportReport.Tally tally = new ImportReport.Tally();
        return Multi.createFrom().iterable(data)
                .onItem().transformToUniAndConcatenate(row -> importRow(header, row, actor, tally))
                .collect().last()
                .map(ignored -> Response.ok(tally.report(data.size())).build());
    }

    private Uni<Void> importRow(List<String> header, CsvReader.Row row, String actor, ImportReport.Tally tally) {
        RegisterCustomer command;
        try {
            command = toCommand(header, row, actor);
        } catch (ValidationException e) {
            tally.reject(row.line(), e.field(), e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return customers.register(command)
                .invoke(() -> tally.stored++)
                .replaceWithVoid()
                .onFailure(ConflictException.class).recoverWithItem(() -> {
                    tally.duplicates++;
                    return null;
                })
                .onFailure(ApiException.class).recoverWithItem(failure -> {
                    tally.reject(row.line(), failure instanceof ValidationException invalid ? invalid.field() : "row", failure.getMessage());
                    return null;
                });
    }

    private static RegisterCustomer toCommand(List<String> header, CsvReader.Row row, String actor) {
        Map<String, String> cells = row.byColumn(header);
        ProfileData profile = new ProfileData(
                new ProfileData.Person(cells.get("name"), cells.get("email"), cells.get("phone"),
                        parse(cells, "birth_date", LocalDate::parse), parseEnum(cells, "gender", Gender.class),
                        parseEnum(cells, "income_band", IncomeBand.class), parseEnum(cells, "education", Education.class),
                        parseEnum(cells, "marital_status", MaritalStatus.class), parse(cells, "household_size", Integer::valueOf)),
                new ProfileData.Location(cells.get("country"), cells.get("region"), cells.get("city"),
                        cells.get("postal_code"), parseEnum(cells, "urbanity", Urbanity.class)),
                new ProfileData.Organization(cells.get("industry"), parseEnum(cells, "company_size_band", CompanySizeBand.class),
                        parse(cells, "employees", Integer::valueOf), parse(cells, "annual_revenue", BigDecimal::new)),
                new ProfileData.Technographics(cells.get("devices") == null ? null : Arrays.asList(cells.get("devices").split(";")),
                        parseEnum(cells, "preferred_channel", Channel.class), parseEnum(cells, "digital_engagement", EngagementLevel.class)),
                null, List.of());
        return new RegisterCustomer(cells.get("source"), cells.get("ref"), parseEnum(cells, "kind", CustomerKind.class),
                profile, actor);
    }

    private static <T> T parse(Map<String, String> cells, String column, Function<String, T> parser) {
        String cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        try {
            return parser.apply(cell);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ValidationException(column, "'" + cell + "' cannot be read as a " + (column.contains("date") ? "date (YYYY-MM-DD)" : "number"));
        }
    }

    private static <E extends Enum<E>> E parseEnum(Map<String, String> cells, String column, Class<E> type) {
        return CsvImport.enumValue(cells, column, type);
    }
}
