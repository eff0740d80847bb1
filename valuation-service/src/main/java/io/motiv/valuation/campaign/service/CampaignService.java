package io.motiv.valuation.campaign.service;

import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.ValidationException;
import io.motiv.valuation.campaign.Campaign;
import io.motiv.valuation.campaign.repository.CampaignRepository;
import io.motiv.valuation.segment.repository.SegmentDirectory;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Campaigns and their return on investment: ROI = (attributed revenue - cost) / cost. */
@ApplicationScoped
public class CampaignService {

    private static final int MAX_NAME = 200;

    /** What createCampaign was asked. */
    public record NewCampaign(String name, String segmentId, BigDecimal cost, String currency, LocalDate startsOn,
                              LocalDate endsOn) {
    }

    /** Campaigns of one segment in one currency, summed. */
    public record SegmentRoi(String segmentId, String currency, int campaigns, BigDecimal cost, BigDecimal attributedRevenue,
                             Double roi) {
    }

    private final CampaignRepository campaigns;
    private final SegmentDirectory directory;

    public CampaignService(CampaignRepository campaigns, SegmentDirectory directory) {
        this.campaigns = campaigns;
        this.directory = directory;
    }

    @WithTransaction
    public Uni<CampaignRepository.Performance> create(NewCampaign request, String user) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return Uni.createFrom().failure(new ValidationException("name", "must be 1-" + MAX_NAME + " characters"));
        }
        if (request.cost() == null || request.cost().signum() < 0) {
            return Uni.createFrom().failure(new ValidationException("cost", "must be >= 0"));
        }
        if (request.currency() == null || !request.currency().matches("[A-Z]{3}")) {
            return Uni.createFrom().failure(new ValidationException("currency", "must be an ISO 4217 code such as EUR"));
        }
        if (request.startsOn() == null || request.endsOn() == null || request.endsOn().isBefore(request.startsOn())) {
            return Uni.createFrom().failure(new ValidationException("endsOn", "must not be before startsOn"));
        }
        return directory.segmentExists(request.segmentId()).chain(exists -> {
            if (!exists) {
                return Uni.createFrom().failure(new NotFoundException("segment", request.segmentId()));
            }
            Campaign campaign = new Campaign();
            campaign.id = UUID.randomUUID();
            campaign.name = name;
            campaign.segmentId = request.segmentId();
            campaign.cost = request.cost();
            campaign.currency = request.currency();
            campaign.startsOn = request.startsOn();
            campaign.endsOn = request.endsOn();
            campaign.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            campaign.createdBy = user;
            return campaigns.persistAndFlush(campaign).chain(stored -> campaigns.performance(stored.id));
        });
    }

    @WithSession
    public Uni<CampaignRepository.Performance> find(UUID id) {
        return campaigns.performance(id);
    }

    @WithSession
    public Uni<List<CampaignRepository.Performance>> ofSegment(String segmentId) {
        return campaigns.performanceOfSegments(List.of(segmentId));
    }

    /** Each segment's ROI per currency (absent when no campaign aims at it), with one statement. */
    @WithSession
    public Uni<Map<String, List<SegmentRoi>>> segmentRois(Collection<String> segmentIds) {
        return campaigns.performanceOfSegments(List.copyOf(segmentIds)).map(performances ->
                bySegmentAndCurrency(performances).stream().collect(Collectors.groupingBy(SegmentRoi::segmentId)));
    }

    /** ROI per campaign: null when the cost is 0. */
    public static Double roi(BigDecimal revenue, BigDecimal cost) {
        return cost.signum() == 0 ? null : revenue.subtract(cost).divide(cost, 10, RoundingMode.HALF_EVEN).doubleValue();
    }

    public static List<SegmentRoi> bySegmentAndCurrency(List<CampaignRepository.Performance> performances) {
        Map<List<String>, List<CampaignRepository.Performance>> groups = new TreeMap<>((x, y) -> String.join("|", x).compareTo(String.join("|", y)));
        performances.forEach(p -> groups.computeIfAbsent(List.of(p.segmentId(), p.currency()), k -> new ArrayList<>()).add(p));
        List<SegmentRoi> result = new ArrayList<>();
        groups.forEach((key, list) -> {
            BigDecimal cost = list.stream().map(CampaignRepository.Performance::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal revenue = list.stream().map(CampaignRepository.Performance::attributedRevenue).reduce(BigDecimal.ZERO, BigDecimal::add);
            result.add(new SegmentRoi(key.get(0), key.get(1), list.size(), cost, revenue, roi(revenue, cost)));
        });
        return result;
    }
}
