package io.motiv.service.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Bulk operations ({@code registerCustomers}, {@code recordConsents}, {@code submitSurveyResponses}): their size limit. */
public final class Bulk {

    /** Items per call; the gateway also counts them against the caller's item budget (docs/api/README.md). */
    public static final int MAX_ITEMS = 1000;

    private Bulk() {
    }

    /** @throws ValidationException on the field {@code inputs} when the batch is empty or over {@link #MAX_ITEMS} */
    public static void requireSize(List<?> inputs, String items) {
        if (inputs.isEmpty() || inputs.size() > MAX_ITEMS) {
            throw new ValidationException("inputs", "a batch has 1 to " + MAX_ITEMS + " " + items);
        }
    }

    /**
     * Each input mapped to its command, in order; an input the mapping refuses (VALIDATION) has a null command and
     * its failure, so the batch goes on without it.
     */
    public static <I, C> Parsed<C> parse(List<I> inputs, Function<I, C> toCommand) {
        List<C> commands = new ArrayList<>();
        List<ApiException> failures = new ArrayList<>();
        for (I input : inputs) {
            try {
                commands.add(toCommand.apply(input));
                failures.add(null);
            } catch (ValidationException e) {
                commands.add(null);
                failures.add(e);
            }
        }
        return new Parsed<>(commands, failures);
    }

    /** The commands of a batch (null where the input was refused) and the refusals (null where it was not). */
    public record Parsed<C>(List<C> commands, List<ApiException> failures) {

        /** The item's failure: its refusal, else what the operation answered for it (null when it succeeded). */
        public ApiException failure(int index, ApiException later) {
            return failures.get(index) != null ? failures.get(index) : later;
        }
    }
}
