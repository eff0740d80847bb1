package io.motiv.service.csv;

import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a CSV import did: every data row was stored, a duplicate of something stored before (a repeated import stores
 * nothing twice), or rejected with its line, field and reason. Rejected rows store nothing.
 */
public record ImportReport(int rows, int stored, int duplicates, int rejected, List<RowError> errors) {

    public record RowError(int line, String field, String message) {
    }

    public static Response badFile(String message) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Map.of("code", "VALIDATION", "message", message)).build();
    }

    public static final class Tally {
        public int stored;
        public int duplicates;
        final List<RowError> errors = new ArrayList<>();

        public void reject(int line, String field, String message) {
            errors.add(new RowError(line, field, message));
        }

        public ImportReport report(int rows) {
            List<RowError> sorted = errors.stream().sorted(Comparator.comparingInt(RowError::line)).toList();
            return new ImportReport(rows, stored, duplicates, sorted.size(), sorted);
        }
    }
}
