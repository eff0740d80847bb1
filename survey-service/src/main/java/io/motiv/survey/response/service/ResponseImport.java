package io.motiv.survey.response.service;

import io.motiv.service.api.ApiException;
import io.motiv.service.api.ValidationException;
import io.motiv.service.csv.CsvReader;
import io.motiv.service.csv.ImportReport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports responses from CSV, one row per respondent: {@code client_response_id}, the customer as
 * {@code customer_id} or {@code customer_source} + {@code customer_ref}, optional {@code started_at} and
 * {@code completed_at} (ISO-8601), and one column per item code (an empty cell is a skipped item). Each row is
 * submitted like {@code submitSurveyResponse}, in its own transaction, so a repeated import stores nothing twice.
 */
@ApplicationScoped
public class ResponseImport {

    public static final int MAX_ROWS = 100_000;
    private static final String CLIENT_ID = "client_response_id";
    private static final String CUSTOMER_ID = "customer_id";
    private static final String CUSTOMER_SOURCE = "customer_source";
    private static final String CUSTOMER_REF = "customer_ref";
    private static final String STARTED_AT = "started_at";
    private static final String COMPLETED_AT = "completed_at";
    private static final Set<String> NOT_ITEMS = Set.of(CLIENT_ID, CUSTOMER_ID, CUSTOMER_SOURCE, CUSTOMER_REF, STARTED_AT, COMPLETED_AT);

    private final ResponseService responses;

    public ResponseImport(ResponseService responses) {
        this.responses = responses;
    }

    /**
     * Fails with ValidationException when the file as a whole is unusable (no header, unknown layout, too many
     * rows), NotFoundException / ConflictException when the survey is unknown or not open.
     */
    public Uni<ImportReport> importCsv(UUID surveyId, String csv) {
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.read(csv == null ? "" : csv);
        } catch (CsvReader.CsvFormatException e) {
            return Uni.createFrom().failure(new ValidationException("csv", e.getMessage()));
        }
        if (rows.isEmpty()) {
            return Uni.createFrom().failure(new ValidationException("csv", "is empty: a header row is needed"));
        }
        if (rows.size() - 1 > MAX_ROWS) {
            return Uni.createFrom().failure(new ValidationException("csv", "has " + (rows.size() - 1)
                    + " rows; at most " + MAX_ROWS + " per import"));
        }
        List<String> header = rows.getFirst().fields().stream().map(String::strip).toList();
        try {
            validateHeader(header);
        } catch (ValidationException e) {
            return Uni.createFrom().failure(e);
        }
        List<CsvReader.Row> data = rows.subList(1, rows.size());
        ImportReport.Tally tally = new ImportReport.Tally();
        return responses.requireOpen(surveyId)
                .chain(() -> Multi.createFrom().iterable(data)
                        .onItem().transformToUniAndConcatenate(row -> importRow(surveyId, header, row, tally))
                        .collect().last())
                .map(ignored -> tally.report(data.size()));
    }

    private Uni<Void> importRow(UUID surveyId, List<String> header, CsvReader.Row row, ImportReport.Tally tally) {
        SubmitResponse command;
        try {
            command = toCommand(surveyId, header, row);
        } catch (ValidationException e) {
            tally.reject(row.line(), e.field(), e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return responses.submit(command)
                .invoke(submission -> {
                    if (submission.duplicate()) {
                        tally.duplicates++;
                    } else {
                        tally.stored++;
                    }
                })
                .replaceWithVoid()
                .onFailure(ApiException.class).recoverWithItem(failure -> {
                    String field = failure instanceof ValidationException validation ? validation.field() : "row";
                    tally.reject(row.line(), field, failure.getMessage());
                    return null;
                });
    }

    private static SubmitResponse toCommand(UUID surveyId, List<String> header, CsvReader.Row row) {
        Map<String, String> cells = row.byColumn(header);
        List<SubmitResponse.Answer> answers = new ArrayList<>();
        for (String column : header) {
            String cell = cells.get(column);
            if (NOT_ITEMS.contains(column) || cell == null) {
                continue;
            }
            try {
                answers.add(new SubmitResponse.Answer(column, Integer.valueOf(cell)));
            } catch (NumberFormatException e) {
                throw new ValidationException(column, "rating '" + cell + "' is not a whole number");
            }
        }
        String customerId = cells.get(CUSTOMER_ID);
        UUID customer = null;
        if (customerId != null) {
            try {
                customer = UUID.fromString(customerId);
            } catch (IllegalArgumentException e) {
                throw new ValidationException(CUSTOMER_ID, "not a valid id (expected a UUID)");
            }
        }
        return new SubmitResponse(surveyId, customer, cells.get(CUSTOMER_SOURCE), cells.get(CUSTOMER_REF), answers, instant(cells, STARTED_AT), instant(cells, COMPLETED_AT),
                cells.get(CLIENT_ID));
    }

    private static void validateHeader(List<String> header) {
        if (!header.contains(CLIENT_ID)) {
            throw new ValidationException("header", "needs a " + CLIENT_ID + " column");
        }
        if (!header.contains(CUSTOMER_ID) && !(header.contains(CUSTOMER_SOURCE) && header.contains(CUSTOMER_REF))) {
            throw new ValidationException("header", "needs " + CUSTOMER_ID + ", or " + CUSTOMER_SOURCE + " and " + CUSTOMER_REF);
        }
        if (header.stream().distinct().count() != header.size()) {
            throw new ValidationException("header", "names a column twice");
        }
        if (header.stream().noneMatch(column -> !NOT_ITEMS.contains(column))) {
            throw new ValidationException("header", "has no item columns");
        }
    }

    private static Instant instant(Map<String, String> cells, String column) {
        String cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        try {
            return Instant.parse(cell);
        } catch (DateTimeParseException e) {
            throw new ValidationException(column, "'" + cell + "' is not an ISO-8601 instant (e.g. 2026-11-23T10:15:30Z)");
        }
    }
}
