package io.motiv.survey.statistics.service;

import io.motiv.service.api.NotFoundException;
import io.motiv.survey.SurveyConfig;
import io.motiv.survey.instrument.service.InstrumentService;
import io.motiv.survey.response.SurveyResponse;
import io.motiv.survey.response.repository.SurveyResponseRepository;
import io.motiv.survey.statistics.PopulationStatistics;
import io.motiv.survey.survey.repository.SurveyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SurveyStatisticsService {

    private static final int BINS = 10;

    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final InstrumentService instruments;
    private final int minimumRespondents;

    public SurveyStatisticsService(SurveyRepository surveys, SurveyResponseRepository responses,
                                   InstrumentService instruments, SurveyConfig config) {
        this.surveys = surveys;
        this.responses = responses;
        this.instruments = instruments;
        this.minimumRespondents = Math.max(2, config.statistics().minimumRespondents());
    }

    /**
     * @return the respondent count, and the statistics of centred scores unless there are fewer respondents than the
     *         configured minimum (then withheld, so no individual can be singled out)
     */
    @WithSession
    public Uni<Result> statistics(UUID surveyId, boolean includeFlagged) {
        return surveys.findById(surveyId)
                .onItem().ifNull().failWith(() -> new NotFoundException("survey", surveyId.toString()))
                .chain(survey -> instruments.load(survey.instrumentId))
                .chain(instrument -> responses.ofSurvey(surveyId, includeFlagged).map(list -> {
                    List<String> dimensions = instrument.dimensions();
                    if (list.size() < minimumRespondents) {
                        return new Result(list.size(), minimumRespondents, Optional.empty());
                    }
                    double[][] scores = new double[list.size()][];
                    for (int i = 0; i < scores.length; i++) {
                        SurveyResponse response = list.get(i);
                        scores[i] = dimensions.stream().mapToDouble(dimension -> response.centredScores.get(dimension)).toArray();
                    }
                    return new Result(list.size(), minimumRespondents,
                            Optional.of(PopulationStatistics.of(dimensions, scores, BINS)));
                }));
    }

    public record Result(int respondents, int minimumRespondents, Optional<PopulationStatistics> statistics) {
    }
}
