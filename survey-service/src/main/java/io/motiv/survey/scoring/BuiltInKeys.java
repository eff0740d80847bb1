package io.motiv.survey.scoring;

import io.motiv.events.survey.SchwartzValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.motiv.events.survey.SchwartzValue.ACHIEVEMENT;
import static io.motiv.events.survey.SchwartzValue.BENEVOLENCE;
import static io.motiv.events.survey.SchwartzValue.CONFORMITY;
import static io.motiv.events.survey.SchwartzValue.HEDONISM;
import static io.motiv.events.survey.SchwartzValue.POWER;
import static io.motiv.events.survey.SchwartzValue.SECURITY;
import static io.motiv.events.survey.SchwartzValue.SELF_DIRECTION;
import static io.motiv.events.survey.SchwartzValue.STIMULATION;
import static io.motiv.events.survey.SchwartzValue.TRADITION;
import static io.motiv.events.survey.SchwartzValue.UNIVERSALISM;

/**
 * The published item-to-value keys of the Portrait Values Questionnaires. Only the keys: the item texts belong to
 * their authors and are loaded by users who hold the right to use them. Item codes are the item numbers ("1", "2"...).
 */
public final class BuiltInKeys {

    /** ESS PVQ-21 (European Social Survey human values scale; Schwartz 2003). */
    public static final Map<SchwartzValue, List<Integer>> PVQ_21 = Map.of(
            SELF_DIRECTION, List.of(1, 11),
            POWER, List.of(2, 17),
            UNIVERSALISM, List.of(3, 8, 19),
            ACHIEVEMENT, List.of(4, 13),
            SECURITY, List.of(5, 14),
            STIMULATION, List.of(6, 15),
            CONFORMITY, List.of(7, 16),
            TRADITION, List.of(9, 20),
            HEDONISM, List.of(10, 21),
            BENEVOLENCE, List.of(12, 18));

    /** PVQ-40 (Schwartz et al. 2001). */
    public static final Map<SchwartzValue, List<Integer>> PVQ_40 = Map.of(
            CONFORMITY, List.of(7, 16, 28, 36),
            TRADITION, List.of(9, 20, 25, 38),
            BENEVOLENCE, List.of(12, 18, 27, 33),
            UNIVERSALISM, List.of(3, 8, 19, 23, 29, 40),
            SELF_DIRECTION, List.of(1, 11, 22, 34),
            STIMULATION, List.of(6, 15, 30),
            HEDONISM, List.of(10, 26, 37),
            ACHIEVEMENT, List.of(4, 13, 24, 32),
            POWER, List.of(2, 17, 39),
            SECURITY, List.of(5, 14, 21, 31, 35));

    private BuiltInKeys() {
    }

    /** The key as scorer items in item-number order; no PVQ item is reverse-coded. */
    public static List<ScoredItem> items(Map<SchwartzValue, List<Integer>> key) {
        List<ScoredItem> items = new ArrayList<>();
        key.forEach((value, numbers) -> numbers.forEach(number ->
                items.add(new ScoredItem(String.valueOf(number), value.name(), false))));
        items.sort(Comparator.comparingInt(item -> Integer.parseInt(item.code())));
        return items;
    }
}
