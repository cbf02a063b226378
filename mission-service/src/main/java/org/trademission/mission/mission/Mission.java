package org.trademission.mission.mission;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.trademission.mission.application.Application;
import org.trademission.mission.application.ApplicationStatus;
import org.trademission.mission.registration.BuyerRegistration;
import org.trademission.mission.registration.RegistrationChange;
import org.trademission.mission.registration.RegistrationRequest;
import org.trademission.mission.registration.RegistrationStatus;
import org.trademission.mission.session.Session;
import org.trademission.mission.session.SessionFormat;
import org.trademission.mission.session.SessionRequest;
import org.trademission.mission.session.SlotGrid;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.event.EventTypes;
import org.trademission.platform.event.Topics;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.json.JsonColumn;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.search.Folded;

/**
 * A trade mission: its lifecycle ({@link MissionLifecycle}), the exporters' applications, the buyers' registrations
 * and the B2B sessions. Every change bumps {@code version} and returns the event it causes, carrying the whole
 * mission; the service stores both in one transaction.
 */
@Entity
@Table(name = "mission")
public class Mission {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Id
    private UUID id;
    @Column(nullable = false, length = 200)
    private String title;
    /** The {@link Folded} title, what lists sort by. */
    @Column(name = "title_key", nullable = false, length = 200)
    private String titleKey;
    @Column(name = "destination_country", nullable = false, length = 2)
    private String destinationCountry;
    @Column(nullable = false, length = 2000)
    private String cities;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MissionFormat format;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Column(nullable = false, length = 60)
    private String timezone;
    @Column(name = "application_deadline", nullable = false)
    private LocalDate applicationDeadline;
    @Column(name = "hs_focus", nullable = false, length = 1000)
    private String hsFocus;
    @Column(name = "exporter_capacity", nullable = false)
    private int exporterCapacity;
    @Column(length = 10000)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MissionStatus status;
    @Column(name = "status_reason", length = 1000)
    private String statusReason;
    @Column(name = "search_text", nullable = false, length = 20000)
    private String searchText;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @OneToMany(mappedBy = "mission", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<Application> applications = new ArrayList<>();
    @OneToMany(mappedBy = "mission", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<BuyerRegistration> registrations = new ArrayList<>();
    @OneToMany(mappedBy = "mission", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<Session> sessions = new ArrayList<>();

    protected Mission() {
    }

    public static Mission create(MissionRequest request, OffsetDateTime now) {
        Mission mission = new Mission();
        mission.id = UUID.randomUUID();
        mission.status = MissionStatus.DRAFT;
        mission.createdAt = now;
        mission.version = 1;
        mission.updatedAt = now;
        mission.assign(request);
        return mission;
    }

    public DomainEvent created() {
        return new DomainEvent(Topics.MISSIONS, EventTypes.MISSION_CREATED, id, version, data(null, null));
    }

    /** Changes the mission's own fields as far as its state allows; nothing when they are unchanged. */
    public Optional<DomainEvent> update(MissionRequest raw, OffsetDateTime now) {
        MissionRequest request = normalized(raw);
        if (request().equals(request)) {
            return Optional.empty();
        }
        requireNotFinal();
        if (MissionLifecycle.datesFixed(status) && (!request.startDate().equals(startDate)
                || !request.endDate().equals(endDate) || !request.timezone().equals(timezone)
                || !request.applicationDeadline().equals(applicationDeadline))) {
            throw ProblemException.conflict("The mission is " + status + ": its dates and time zone are fixed");
        }
        long accepted = acceptedCount();
        if (request.exporterCapacity() < accepted) {
            throw ProblemException.conflict("exporterCapacity cannot go below the " + accepted
                    + " exporters already accepted");
        }
        for (Session session : sessions) {
            if (session.date().isBefore(request.startDate()) || session.date().isAfter(request.endDate())) {
                throw ProblemException.conflict("Session " + session.id() + " on " + session.date()
                        + " would fall outside the mission's dates; move or remove it first");
            }
        }
        if (request.format() != format && request.format() != MissionFormat.HYBRID && sessions.stream()
                .anyMatch(s -> !s.request().format().name().equals(request.format().name()))) {
            throw ProblemException.conflict("The mission has sessions of another format than " + request.format());
        }
        assign(request);
        return Optional.of(changed(EventTypes.MISSION_UPDATED, now, null, null));
    }

    /** Moves along the lifecycle; confirming needs at least one accepted exporter, cancelling a reason. */
    public DomainEvent transition(MissionAction action, String reason, OffsetDateTime now) {
        MissionStatus next = MissionLifecycle.apply(status, action);
        if (action == MissionAction.CONFIRM && acceptedCount() == 0) {
            throw ProblemException.conflict("A mission cannot be confirmed with no accepted exporter");
        }
        if (action == MissionAction.CANCEL) {
            if (reason == null || reason.isBlank()) {
                throw ProblemException.invalid("reason", "is required to cancel a mission");
            }
            statusReason = reason.trim();
        }
        status = next;
        return changed(action == MissionAction.PUBLISH ? EventTypes.MISSION_PUBLISHED
                : EventTypes.MISSION_STATUS_CHANGED, now, null, null);
    }

    // --- applications

    public Change<Application> apply(UUID exporterId, String motivation, LocalDate today, OffsetDateTime now) {
        if (status != MissionStatus.OPEN) {
            throw ProblemException.conflict("The mission is " + status + "; applications are taken only while "
                    + "it is OPEN");
        }
        if (today.isAfter(applicationDeadline)) {
            throw ProblemException.conflict("The application deadline (" + applicationDeadline + ", "
                    + timezone + ") has passed");
        }
        applicationOf(exporterId).ifPresent(existing -> {
            throw ProblemException.conflict("Exporter " + exporterId + " has already applied to this mission: "
                    + existing.id());
        });
        Application application = new Application(this, exporterId, motivation, now);
        applications.add(application);
        return new Change<>(application, changed(EventTypes.APPLICATION_SUBMITTED, now, "APPLICATION",
                application.id()));
    }

    /**
     * Staff's decision. Accepting needs a free place (checked under the mission's row lock, so two staff members
     * accepting the last place at once get one success and one 409) and an exporter that is not suspended.
     */
    public Change<Application> decide(Application application, ApplicationStatus decision, String note,
            boolean exporterVerified, String by, OffsetDateTime now) {
        if (!decision.isDecision()) {
            throw ProblemException.invalid("status", "must be ACCEPTED, WAITLISTED or REJECTED");
        }
        if (status != MissionStatus.OPEN && status != MissionStatus.SELECTION && status != MissionStatus.CONFIRMED) {
            throw ProblemException.conflict("The mission is " + status + "; applications are decided while it is "
                    + "OPEN, SELECTION or CONFIRMED");
        }
        if (decision == ApplicationStatus.ACCEPTED) {
            if (!exporterVerified) {
                throw ProblemException.conflict("Exporter " + application.exporterId() + " is not VERIFIED "
                        + "(suspended?); it cannot be accepted");
            }
            if (application.status() != ApplicationStatus.ACCEPTED && acceptedCount() >= exporterCapacity) {
                throw ProblemException.conflict("The mission is full: " + exporterCapacity + " of "
                        + exporterCapacity + " places are taken");
            }
        }
        application.decide(decision, note, by, now);
        return new Change<>(application, changed(EventTypes.APPLICATION_DECIDED, now, "APPLICATION",
                application.id()));
    }

    public Change<Application> withdraw(Application application, OffsetDateTime now) {
        requireNotFinal();
        application.withdraw(now);
        return new Change<>(application, changed(EventTypes.APPLICATION_WITHDRAWN, now, "APPLICATION",
                application.id()));
    }

    /** 1 for the next in line, among the waitlisted, in the order they were waitlisted. */
    public Integer waitlistPosition(Application application) {
        return waitlistPositions().get(application.id());
    }

    /** The waitlist in one pass: each waitlisted application's position (1 = next in line). */
    public java.util.Map<UUID, Integer> waitlistPositions() {
        List<Application> line = applications.stream().filter(a -> a.status() == ApplicationStatus.WAITLISTED)
                .sorted(Comparator.comparing(Application::waitlistedAt).thenComparing(Application::id)).toList();
        java.util.Map<UUID, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < line.size(); i++) {
            positions.put(line.get(i).id(), i + 1);
        }
        return positions;
    }

    // --- buyer registrations

    public Change<BuyerRegistration> register(RegistrationRequest request, OffsetDateTime now) {
        if (status == MissionStatus.DRAFT || MissionLifecycle.isFinal(status)) {
            throw ProblemException.conflict("The mission is " + status + "; buyers register while it is published "
                    + "and not over");
        }
        Optional<BuyerRegistration> existing = registrationOf(request.buyerId());
        BuyerRegistration registration;
        if (existing.isPresent()) {
            registration = existing.get();
            registration.reregister(request, now);
        } else {
            registration = new BuyerRegistration(this, request, now);
            registrations.add(registration);
        }
        return new Change<>(registration, changed(EventTypes.MISSION_BUYER_REGISTERED, now, "REGISTRATION",
                request.buyerId()));
    }

    public Optional<Change<BuyerRegistration>> changeRegistration(BuyerRegistration registration,
            RegistrationChange change, OffsetDateTime now) {
        requireNotFinal();
        if (!registration.change(change, now)) {
            return Optional.empty();
        }
        return Optional.of(registrationChanged(registration, now));
    }

    public Change<BuyerRegistration> confirmRegistration(BuyerRegistration registration, OffsetDateTime now) {
        requireNotFinal();
        registration.confirm(now);
        return registrationChanged(registration, now);
    }

    public Change<BuyerRegistration> cancelRegistration(BuyerRegistration registration, OffsetDateTime now) {
        requireNotFinal();
        registration.cancel(now);
        return registrationChanged(registration, now);
    }

    private Change<BuyerRegistration> registrationChanged(BuyerRegistration registration, OffsetDateTime now) {
        return new Change<>(registration, changed(EventTypes.BUYER_REGISTRATION_CHANGED, now, "REGISTRATION",
                registration.buyerId()));
    }

    // --- sessions

    public Change<Session> addSession(SessionRequest request, OffsetDateTime now) {
        requireNotFinal();
        checkSession(request, null);
        Session session = new Session(this, request, now);
        sessions.add(session);
        return new Change<>(session, changed(EventTypes.SESSION_ADDED, now, "SESSION", session.id()));
    }

    public Optional<Change<Session>> changeSession(Session session, SessionRequest request, OffsetDateTime now) {
        requireNotFinal();
        checkSession(request, session);
        if (!session.update(request, now)) {
            return Optional.empty();
        }
        return Optional.of(new Change<>(session, changed(EventTypes.SESSION_CHANGED, now, "SESSION", session.id())));
    }

    public Change<Session> removeSession(Session session, OffsetDateTime now) {
        requireNotFinal();
        sessions.remove(session);
        return new Change<>(session, changed(EventTypes.SESSION_REMOVED, now, "SESSION", session.id()));
    }

    private void checkSession(SessionRequest request, Session self) {
        if (request.date().isBefore(startDate) || request.date().isAfter(endDate)) {
            throw ProblemException.invalid("date", "must be within the mission's dates " + startDate + " to "
                    + endDate);
        }
        if (!SlotGrid.startsBeforeItEnds(request.date(), request.start(), request.end(), zone())) {
            throw ProblemException.invalid("end", "must be after start");
        }
        if (SlotGrid.slots(request.date(), request.start(), request.end(), request.slotMinutes(),
                request.breakMinutes(), zone()).isEmpty()) {
            throw ProblemException.invalid("slotMinutes", "no slot of " + request.slotMinutes()
                    + " minutes fits between start and end");
        }
        if (format != MissionFormat.HYBRID && !request.format().name().equals(format.name())) {
            throw ProblemException.invalid("format", "must be " + format + " in a mission of that format; only "
                    + "HYBRID missions have sessions of both kinds");
        }
        if (request.format() == SessionFormat.IN_PERSON && request.tables() == null) {
            throw ProblemException.invalid("tables", "is required for an IN_PERSON session (1 or more)");
        }
        if (request.format() == SessionFormat.ONLINE && request.tables() != null) {
            throw ProblemException.invalid("tables", "must be left out for an ONLINE session (each meeting gets a "
                    + "video room)");
        }
        sessions.stream().filter(other -> other != self && other.overlaps(request)).findFirst().ifPresent(other -> {
            throw ProblemException.conflict("The session overlaps session " + other.id() + " of the same format");
        });
    }

    // --- reading

    public Optional<Application> application(UUID applicationId) {
        return applications.stream().filter(a -> a.id().equals(applicationId)).findFirst();
    }

    public Optional<Application> applicationOf(UUID exporterId) {
        return applications.stream().filter(a -> a.exporterId().equals(exporterId)).findFirst();
    }

    public Optional<BuyerRegistration> registrationOf(UUID buyerId) {
        return registrations.stream().filter(r -> r.buyerId().equals(buyerId)).findFirst();
    }

    public Optional<Session> session(UUID sessionId) {
        return sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
    }

    public List<Application> applications() {
        return List.copyOf(applications);
    }

    public List<BuyerRegistration> registrations() {
        return List.copyOf(registrations);
    }

    public List<Session> sessions() {
        return List.copyOf(sessions);
    }

    public long acceptedCount() {
        return applications.stream().filter(a -> a.status() == ApplicationStatus.ACCEPTED).count();
    }

    /** Whether the exporter is among the accepted, or the buyer among the registered (not cancelled). */
    public boolean isParticipant(UUID exporterId, UUID buyerId) {
        return exporterId != null && applicationOf(exporterId).filter(a -> a.status() == ApplicationStatus.ACCEPTED)
                .isPresent() || buyerId != null && registrationOf(buyerId)
                .filter(r -> r.status() != RegistrationStatus.CANCELLED).isPresent();
    }

    public MissionRequest request() {
        return new MissionRequest(title, destinationCountry, list(cities), format, startDate, endDate, timezone,
                applicationDeadline, list(hsFocus), exporterCapacity, description);
    }

    public MissionData data(String changedKind, UUID changedId) {
        ZoneId zone = zone();
        return new MissionData(id, title, status.name(), format.name(), destinationCountry, list(cities), startDate,
                endDate, timezone, applicationDeadline, list(hsFocus), exporterCapacity,
                applications.stream().map(Application::data).toList(),
                registrations.stream().map(BuyerRegistration::data).toList(),
                sessions.stream().map(s -> s.data(zone)).toList(),
                changedKind == null ? null : new MissionData.ChangedPart(changedKind, changedId));
    }

    public MissionView view() {
        long accepted = acceptedCount();
        return new MissionView(id, title, destinationCountry, list(cities), format, startDate, endDate, timezone,
                applicationDeadline, list(hsFocus), exporterCapacity, description, status, statusReason,
                (int) accepted, (int) Math.max(exporterCapacity - accepted, 0), version, createdAt, updatedAt);
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    public UUID id() {
        return id;
    }

    public MissionStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    private void requireNotFinal() {
        if (MissionLifecycle.isFinal(status)) {
            throw ProblemException.conflict("The mission is " + status + "; nothing about it changes any more");
        }
    }

    private DomainEvent changed(String type, OffsetDateTime now, String kind, UUID partId) {
        version++;
        updatedAt = now;
        return new DomainEvent(Topics.MISSIONS, type, id, version, data(kind, partId));
    }

    private void assign(MissionRequest raw) {
        MissionRequest request = normalized(raw);
        title = request.title();
        destinationCountry = request.destinationCountry();
        cities = JsonColumn.write(request.cities());
        format = request.format();
        startDate = request.startDate();
        endDate = request.endDate();
        timezone = request.timezone();
        applicationDeadline = request.applicationDeadline();
        hsFocus = JsonColumn.write(request.hsFocus());
        exporterCapacity = request.exporterCapacity();
        description = request.description();
        titleKey = Folded.key(title, 200);
        searchText = Stream.concat(Stream.of(title, description), request.cities().stream())
                .filter(Objects::nonNull).map(Folded::of)
                .collect(Collectors.joining("\n"));
    }

    private static MissionRequest normalized(MissionRequest r) {
        return new MissionRequest(r.title() == null ? null : r.title().trim(), r.destinationCountry(),
                r.cities().stream().map(String::trim).distinct().toList(), r.format(), r.startDate(), r.endDate(),
                r.timezone(), r.applicationDeadline(), r.hsFocus().stream().distinct().toList(),
                r.exporterCapacity(), r.description() == null || r.description().isBlank() ? null
                        : r.description().trim());
    }

    private static List<String> list(String json) {
        return JsonColumn.read(json, STRINGS);
    }

    /** A change of a part of the mission and the event it causes. */
    public record Change<T>(T part, DomainEvent event) {
    }
}
