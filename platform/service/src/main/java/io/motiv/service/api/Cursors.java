package io.motiv.service.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Opaque page cursors for Relay-style connections: the position of an item in its ordered list. Simple and enough
 * for lists a person pages through; keyset cursors would suit lists that change a lot while being paged.
 */
public final class Cursors {

    private static final String PREFIX = "offset:";

    private Cursors() {
    }

    public static String after(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset of the first item after the cursor; 0 without one. */
    public static int offsetAfter(String cursor) {
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

    /** The edges of a page that starts at {@code offset}: each item mapped to its view, with its cursor. */
    public static <T, V, E> List<E> edges(int offset, List<T> items, Function<T, V> view, BiFunction<String, V, E> edge) {
        List<E> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(edge.apply(after(offset + i), view.apply(items.get(i))));
        }
        return edges;
    }

    /** Page info of {@code size} edges from {@code offset} in a list of {@code total}. */
    public static PageInfo pageInfo(int offset, int size, long total) {
        return new PageInfo(offset + size < total, size == 0 ? null : after(offset + size - 1));
    }
}
