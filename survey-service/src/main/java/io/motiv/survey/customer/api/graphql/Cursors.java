package io.motiv.survey.customer.api.graphql;

import io.motiv.service.api.ValidationException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursors: the position after which the next page starts. */
final class Cursors {

    private static final String PREFIX = "offset:";

    private Cursors() {
    }

    static String after(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset of the first item after the cursor; 0 without one. */
    static int offsetAfter(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                int position = Integer.parseInt(decoded.substring(PREFIX.length()));
                if (position >= 0) {
                    return position + 1;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new ValidationException("after", "not a cursor this API returned");
    }
}
