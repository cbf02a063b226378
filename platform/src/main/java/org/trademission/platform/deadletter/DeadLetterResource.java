package org.trademission.platform.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.SortRequest;

@Path("/api/v1/admin/dead-letters")
@Tag(name = "Operations", description = "Dead letters of the topics this service consumes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public class DeadLetterResource {
    private final DeadLetters deadLetters;

    public DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "The consumed topics and how many messages their dead-letter topics hold",
            description = "pending: messages no re-drive has passed yet.")
    public List<DeadLetterTopic> topics() {
        return deadLetters.topics();
    }

    @GET
    @Path("{topic}")
    @Operation(summary = "The messages parked on a consumed topic's dead-letter topic, with the reason",
            description = DeadLetterSort.DESCRIPTION)
    public PageResult<DeadLetter> list(@PathParam("topic") String topic, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        Optional<Comparator<DeadLetter>> order = DeadLetterSort.order(sort);
        List<DeadLetter> all = SortRequest.sorted(deadLetters.list(topic), order);
        return new PageResult<>(all.stream().skip(request.offset()).limit(request.size()).toList(), request.page(),
                request.size(), all.size());
    }

    @POST
    @Path("{topic}/redrive")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Apply the parked messages again (after the cause was fixed)",
            description = "Each message not re-driven yet is applied once; those applied since are dropped by the "
                    + "idempotent consumer. from=start re-drives every message again.")
    public RedriveReport redrive(@PathParam("topic") String topic, @QueryParam("from") String from) {
        if (from != null && !from.equals("start") && !from.equals("last")) {
            throw ProblemException.invalid("from", "must be 'start' or 'last' (the default)");
        }
        return deadLetters.redrive(topic, "start".equals(from));
    }
}
