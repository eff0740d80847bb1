package io.motiv.survey.instrument.repository;

import io.motiv.survey.instrument.Instrument;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InstrumentRepository implements PanacheRepositoryBase<Instrument, UUID> {

    public Uni<List<Instrument>> listAllByCode() {
        return listAll(Sort.by("code").and("version"));
    }

    public Uni<Integer> latestVersion(String code) {
        return find("select max(i.version) from Instrument i where i.code = ?1", code)
                .project(Integer.class).firstResult()
                .map(version -> version == null ? 0 : version);
    }
}
