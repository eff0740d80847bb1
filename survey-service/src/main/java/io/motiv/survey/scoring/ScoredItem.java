package io.motiv.survey.scoring;

/**
 * An item as the scorer needs it.
 *
 * @param dimension the value it measures: a {@code SchwartzValue} name or an instrument's own dimension code
 * @param reverseCoded whether agreeing with the item means the value matters less
 */
public record ScoredItem(String code, String dimension, boolean reverseCoded) {
}
