package io.motiv.survey.response.api.rest;

import java.util.List;

/**
 * What a CSV import did: every data row is either stored, a duplicate of a stored response (same
 * client_response_id), or rejected with its reasons. Rejected rows store nothing.
 */
public record ImportReport(int rows, int stored, int duplicates, int rejected, List<RowError> errors) {

    /** @param line the CSV line the row starts on (the header is line 1) */
    public record RowError(int line, String field, String message) {
    }
}
