package org.trademission.matching.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.audit.HistoryEntryView;
import org.trademission.platform.audit.HistorySort;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.SortRequest;

@Path("/api/v1/meetings/{meetingId}")
@Tag(name = "Outcomes", description = "What each meeting led to, and the steps after it")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeResource {
    private final OutcomeService outcomes;

    public OutcomeResource(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @POST
    @Path("outcome")
    @RolesAllowed({Roles.STAFF, Roles.EXPORTER, Roles.BUYER})
    @Operation(summary = "Record a side's view of the meeting",
            description = "The meeting's exporter or buyer, once the meeting has started (409 before), for its own "
                    + "side; staff at any time, as AGENCY or (side) on behalf of a participant. Recording again "
                    + "replaces that side's view; the history keeps the earlier ones. 201 the first time, then 200. "
                    + "interest is required when attended; a meeting that did not take place has nextStep NONE (422).")
    public Response record(@PathParam("meetingId") UUID meetingId, @NotNull @Valid OutcomeBody body) {
        OutcomeService.Recorded recorded = outcomes.record(meetingId, body);
        return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(recorded.outcome()).build();
    }

    @GET
    @Path("outcome")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER, Roles.BUYER})
    @Operation(summary = "The meeting with each side's outcome, its follow-ups and its pipeline stage")
    public MeetingResultView result(@PathParam("meetingId") UUID meetingId) {
        return outcomes.result(meetingId);
    }

    @POST
    @Path("follow-ups")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.EXPORTER, Roles.BUYER})
    @Operation(summary = "Record a step after the meeting",
            description = "By the meeting's participants, staff or the CRM, after the meeting started. The latest "
                    + "step by date is the meeting's pipeline stage.")
    public Response followUp(@PathParam("meetingId") UUID meetingId, @NotNull @Valid FollowUpBody body) {
        return Response.status(Response.Status.CREATED).entity(outcomes.followUp(meetingId, body)).build();
    }

    @GET
    @Path("follow-ups")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER, Roles.BUYER})
    @Operation(summary = "The steps recorded after the meeting", description = FollowUpSort.DESCRIPTION)
    public List<FollowUpView> followUps(@PathParam("meetingId") UUID meetingId, @QueryParam("sort") String sort) {
        Optional<Comparator<FollowUpView>> order = FollowUpSort.order(sort);
        return SortRequest.sorted(outcomes.result(meetingId).followUps(), order);
    }

    @GET
    @Path("history")
    @RolesAllowed({Roles.STAFF, Roles.CRM, Roles.PARTNER, Roles.EXPORTER, Roles.BUYER})
    @Operation(summary = "Every recorded outcome and follow-up of the meeting, newest first, with who and what changed",
            description = HistorySort.DESCRIPTION)
    public PageResult<HistoryEntryView> history(@PathParam("meetingId") UUID meetingId, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        return outcomes.history(meetingId, paging, HistorySort.parse(sort));
    }
}
