package io.motiv.valuation.segment.repository;

import io.motiv.valuation.segment.SegmentMarketInput;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SegmentMarketInputRepository implements PanacheRepositoryBase<SegmentMarketInput, String> {
}
