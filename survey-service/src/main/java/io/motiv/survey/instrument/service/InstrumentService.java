package io.motiv.survey.instrument.service;

import io.motiv.events.survey.SchwartzValue;
import io.motiv.service.api.ConflictException;
import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.ValidationException;
import io.motiv.survey.instrument.Instrument;
import io.motiv.survey.instrument.InstrumentItem;
import io.motiv.survey.instrument.repository.InstrumentItemRepository;
import io.motiv.survey.instrument.repository.InstrumentRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

@ApplicationScoped
public class InstrumentService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    /** Custom dimensions are lower case, so they can never be mistaken for a built-in value. */
    private static final Pattern CUSTOM_DIMENSION = Pattern.compile("[a-z][a-z0-9_]{1,63}");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    private static final Set<String> SCHWARTZ_VALUES = Set.copyOf(Arrays.stream(SchwartzValue.values()).map(Enum::name).toList());
    private static final int MAX_ITEMS = 200;
    private static final int MAX_TEXT = 1000;

    private final InstrumentRepository instruments;
    private final InstrumentItemRepository items;

    public InstrumentService(InstrumentRepository instruments, InstrumentItemRepository items) {
        this.instruments = instruments;
        this.items = items;
    }

    @WithSession
    public Uni<List<InstrumentDefinition>> listDefinitions() {
        return instruments.listAllByCode().chain(all -> items.listAll().map(allItems -> all.stream()
                .map(instrument -> new InstrumentDefinition(instrument, allItems.stream()
                        .filter(item -> item.id.instrumentId().equals(instrument.id))
                        .sorted(java.util.Comparator.comparingInt(item -> item.position))
                        .toList()))
                .toList()));
    }

    @WithSession
    public Uni<InstrumentDefinition> find(UUID id) {
        return load(id);
    }

    /** Loads an instrument with its items inside the caller's session; NOT_FOUND when absent. */
    public Uni<InstrumentDefinition> load(UUID id) {
        return instruments.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("instrument", id.toString()))
                .chain(instrument -> items.itemsOf(id).map(list -> new InstrumentDefinition(instrument, list)));
    }

    @WithTransaction
    public Uni<InstrumentDefinition> define(DefineInstrument command) {
        return Uni.createFrom().item(command)
                .invoke(InstrumentService::validate)
                .chain(valid -> instruments.latestVersion(valid.code()))
                .chain(latest -> {
                    Instrument instrument = newInstrument(command, latest + 1);
                    List<InstrumentItem> newItems = newItems(instrument.id, command.items());
                    return instruments.persist(instrument)
                            .chain(() -> items.persist(newItems))
                            .replaceWith(new InstrumentDefinition(instrument, newItems));
                });
    }

    /** Sets the texts of one locale; refused once a published survey uses the instrument. */
    @WithTransaction
    public Uni<InstrumentDefinition> setItemTexts(UUID instrumentId, String locale, Map<String, String> texts) {
        if (locale == null || !LOCALE.matcher(locale).matches()) {
            return Uni.createFrom().failure(new ValidationException("locale", "must look like 'en' or 'de-CH'"));
        }
        return load(instrumentId).invoke(definition -> {
            if (definition.instrument().frozen) {
                throw new ConflictException("instrument " + definition.instrument().reference()
                        + " is used by a published survey and is frozen: define a new version to change it");
            }
            Map<String, InstrumentItem> byCode = new java.util.HashMap<>();
            definition.items().forEach(item -> byCode.put(item.code(), item));
            texts.forEach((code, text) -> {
                InstrumentItem item = byCode.get(code);
                if (item == null) {
                    throw new ValidationException("texts", "unknown item '" + code + "'");
                }
                requireText("texts." + code, text);
                Map<String, String> updated = new java.util.HashMap<>(item.texts);
                updated.put(locale, text);
                item.texts = updated;
            });
        });
    }

    private static Instrument newInstrument(DefineInstrument command, int version) {
        Instrument instrument = new Instrument();
        instrument.id = UUID.randomUUID();
        instrument.code = command.code();
        instrument.version = version;
        instrument.name = command.name();
        instrument.scaleMin = command.scaleMin();
        instrument.scaleMax = command.scaleMax();
        instrument.minMeansVeryMuchLikeMe = command.minMeansVeryMuchLikeMe();
        instrument.scaleLabels = command.scaleLabels() == null ? Map.of() : command.scaleLabels();
        instrument.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return instrument;
    }

    private static List<InstrumentItem> newItems(UUID instrumentId, List<DefineInstrument.Item> definitions) {
        List<InstrumentItem> created = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            DefineInstrument.Item definition = definitions.get(i);
            InstrumentItem item = new InstrumentItem();
            item.id = new InstrumentItem.ItemId(instrumentId, definition.code());
            item.position = i + 1;
            item.dimension = definition.dimension();
            item.reverseCoded = definition.reverseCoded();
            item.texts = definition.texts() == null ? Map.of() : definition.texts();
            created.add(item);
        }
        return created;
    }

    static void validate(DefineInstrument command) {
        if (command.code() == null || !CODE.matcher(command.code()).matches()) {
            throw new ValidationException("code", "must be 1-64 lower-case letters, digits, '_' or '-'");
        }
        requireText("name", command.name());
        if (command.scaleMax() <= command.scaleMin()) {
            throw new ValidationException("scale", "max must be greater than min");
        }
        if (command.scaleMax() - command.scaleMin() > 20) {
            throw new ValidationException("scale", "at most 21 rating points");
        }
        int points = command.scaleMax() - command.scaleMin() + 1;
        if (command.scaleLabels() != null) {
            command.scaleLabels().forEach((locale, labels) -> {
                if (!LOCALE.matcher(locale).matches()) {
                    throw new ValidationException("scale.labels", "locale '" + locale + "' must look like 'en' or 'de-CH'");
                }
                if (labels.size() != points) {
                    throw new ValidationException("scale.labels", "locale '" + locale + "' needs " + points + " labels");
                }
            });
        }
        if (command.items() == null || command.items().size() < 2 || command.items().size() > MAX_ITEMS) {
            throw new ValidationException("items", "an instrument has 2 to " + MAX_ITEMS + " items");
        }
        Set<String> codes = new HashSet<>();
        for (DefineInstrument.Item item : command.items()) {
            if (item.code() == null || !ITEM_CODE.matcher(item.code()).matches()) {
                throw new ValidationException("items.code", "'" + item.code() + "' must be 1-32 letters, digits, '_', '.' or '-'");
            }
            if (!codes.add(item.code())) {
                throw new ValidationException("items.code", "item '" + item.code() + "' is defined twice");
            }
            String dimension = item.dimension();
            if (dimension == null || !(SCHWARTZ_VALUES.contains(dimension) || CUSTOM_DIMENSION.matcher(dimension).matches())) {
                throw new ValidationException("items.dimension", "'" + dimension + "' of item '" + item.code()
                        + "' is neither a Schwartz value (e.g. SELF_DIRECTION) nor a custom dimension code (lower case)");
            }
            if (item.texts() != null) {
                item.texts().forEach((locale, text) -> {
                    if (!LOCALE.matcher(locale).matches()) {
                        throw new ValidationException("items.texts", "locale '" + locale + "' must look like 'en' or 'de-CH'");
                    }
                    requireText("items.texts", text);
                });
            }
        }
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new ValidationException(field, "must be 1-" + MAX_TEXT + " characters");
        }
    }
}
