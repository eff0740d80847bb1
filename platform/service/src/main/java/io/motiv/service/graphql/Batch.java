package io.motiv.service.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.motiv.service.api.ApiException;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.MappedBatchLoader;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Field resolvers that read the database once per request, not once per object.
 * <p>
 * A SmallRye GraphQL method with {@code @Source List<S>} is a batch resolver: it is called once with every object of
 * a request whose field it resolves (100 customers in one {@code _entities} call, or in one {@code customers} page)
 * and answers a list in the same order. {@link #of} builds that list from one load of all the keys.
 * <p>
 * SmallRye hands a batch resolver the <em>first</em> object's arguments for the whole batch, so a field with
 * arguments (e.g. {@code segment(segmentationId)}, asked twice under two aliases) cannot be one: {@link #load} keeps
 * one graphql-java {@code DataLoader} per field and argument values instead, dispatched with SmallRye's own.
 */
public final class Batch {

    private Batch() {
    }

    /**
     * The results of a batch resolver, in the order of {@code sources}: each source's key, the values of all keys
     * loaded with one call of {@code load} (null where it has none). A key that cannot be made (the key function
     * throws an {@link ApiException}, e.g. {@code Ids.requireValid} for a malformed id) fails that source's field
     * alone with that error, as a resolver called per object would: the DataLoader behind a batch resolver completes
     * an element that is a {@code Throwable} exceptionally.
     */
    @SuppressWarnings("unchecked")
    public static <S, K, V> Uni<List<V>> of(List<S> sources, Function<S, K> key,
                                            Function<Set<K>, Uni<Map<K, V>>> load) {
        List<Object> keys = new ArrayList<>(sources.size());
        Set<K> valid = new LinkedHashSet<>();
        for (S source : sources) {
            try {
                K k = key.apply(source);
                keys.add(k);
                valid.add(k);
            } catch (ApiException e) {
                keys.add(e);
            }
        }
        Uni<Map<K, V>> values = valid.isEmpty() ? Uni.createFrom().item(Map.of()) : load.apply(valid);
        return values.map(found -> {
            List<Object> results = new ArrayList<>(keys.size());
            for (Object k : keys) {
                results.add(k instanceof ApiException failure ? failure : found.get((K) k));
            }
            return (List<V>) results;
        });
    }

    /** The map with each value mapped, e.g. entities to their GraphQL views. */
    public static <K, A, B> Map<K, B> mapValues(Map<K, A> values, Function<A, B> mapper) {
        Map<K, B> mapped = new HashMap<>(values.size() * 2);
        values.forEach((k, v) -> mapped.put(k, mapper.apply(v)));
        return mapped;
    }

    /**
     * One key's value through the request's DataLoader named {@code name}: every call with the same name in one
     * request is answered by one call of {@code load} with all their keys. Put the field and its argument values in
     * the name. Call it in the resolver's body (not inside a {@code Uni} it returns), so the key is queued before
     * graphql-java dispatches the level.
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Uni<V> load(Context context, String name, K key, Function<Set<K>, Uni<Map<K, V>>> load) {
        DataLoaderRegistry registry = context.unwrap(DataFetchingEnvironment.class).getDataLoaderRegistry();
        if (registry == EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY) {
            // SmallRye gives a request a registry (and graphql-java dispatches it) only when the schema has a batch resolver.
            throw new IllegalStateException("Batch.load needs at least one @Source List batch resolver in the service");
        }
        DataLoader<K, V> loader = (DataLoader<K, V>) (DataLoader<?, ?>) registry
                .computeIfAbsent(name, ignored -> DataLoaderFactory.newMappedDataLoader(
                        (MappedBatchLoader<K, V>) keys -> load.apply(keys).subscribeAsCompletionStage()));
        return Uni.createFrom().completionStage(loader.load(key));
    }
}
