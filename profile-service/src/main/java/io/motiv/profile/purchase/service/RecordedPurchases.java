package io.motiv.profile.purchase.service;

import java.util.List;

/**
 * What a batch did: each line was stored, a duplicate of a stored order id, or rejected (nothing of it stored).
 *
 * @param errors one per rejected line, with its position in the batch (0-based)
 */
public record RecordedPurchases(int recorded, int duplicates, List<LineError> errors) {

    public record LineError(int index, String field, String message) {
    }
}
