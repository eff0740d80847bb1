package io.motiv.survey.instrument.api.graphql;

import io.motiv.service.api.Ids;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.Roles;
import io.motiv.survey.instrument.mapping.InstrumentMapper;
import io.motiv.survey.instrument.service.InstrumentService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;
import java.util.UUID;

@GraphQLApi
public class InstrumentGraphQlApi {

    private final InstrumentService instruments;

    public InstrumentGraphQlApi(InstrumentService instruments) {
        this.instruments = instruments;
    }

    @Query("instruments")
    @Description("Every instrument version, built-in ones (demo-20, pvq-21, pvq-40) included.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<List<InstrumentView>> instruments() {
        // Root fields of one request run concurrently (the gateway batches them): each gets its own session.
        return Isolated.onOwnContext(instruments::listDefinitions).map(list -> list.stream().map(InstrumentMapper::toView).toList());
    }

    @Query("instrument")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<InstrumentView> instrument(@NonNull @Id String id) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("id", id)))
                .chain(instrumentId -> Isolated.onOwnContext(() -> instruments.find(instrumentId)))
                .map(InstrumentMapper::toView);
    }

    @Mutation("defineInstrument")
    @Description("Defines an instrument, or the next version of one with the same code.")
    @RolesAllowed(Roles.ADMIN)
    public Uni<InstrumentView> defineInstrument(@NonNull DefineInstrumentInput input) {
        return Uni.createFrom().item(() -> InstrumentMapper.toCommand(input))
                .chain(instruments::define)
                .map(InstrumentMapper::toView);
    }

    @Mutation("setInstrumentItemTexts")
    @Description("Sets item texts in one locale (e.g. licensed PVQ texts); CONFLICT once a published survey uses the instrument.")
    @RolesAllowed(Roles.ADMIN)
    public Uni<InstrumentView> setInstrumentItemTexts(@NonNull @Id String instrumentId, @NonNull String locale,
                                                      @NonNull List<DefineInstrumentInput.@NonNull ItemTextInput> texts) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("instrumentId", instrumentId)))
                .chain(id -> instruments.setItemTexts(id, locale, InstrumentMapper.itemTexts(texts)))
                .map(InstrumentMapper::toView);
    }
}
