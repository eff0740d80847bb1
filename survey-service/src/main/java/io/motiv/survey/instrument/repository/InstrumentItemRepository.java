package io.motiv.survey.instrument.repository;

import io.motiv.survey.instrument.InstrumentItem;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InstrumentItemRepository implements PanacheRepositoryBase<InstrumentItem, InstrumentItem.ItemId> {

    public Uni<List<InstrumentItem>> itemsOf(UUID instrumentId) {
        return list("id.instrumentId = ?1 order by position", instrumentId);
    }
}
