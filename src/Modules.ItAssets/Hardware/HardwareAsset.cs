using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.ItAssets.Hardware;

/// <summary>
/// A physical IT asset with a unique asset tag (and a unique serial number, when it has one). Its stage and status
/// change only through the methods below, each of which appends to <see cref="History"/> who changed it and when. Its
/// holder (a user or a location) is the open assignment's, set by a check-out and cleared by a check-in.
/// </summary>
internal sealed class HardwareAsset : AggregateRoot
{
    private HardwareAsset() { }

    public string AssetTag { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Model { get; private set; }
    public string? Manufacturer { get; private set; }
    public HardwareCategory Category { get; private set; }
    public string? SerialNumber { get; private set; }
    public string? Location { get; private set; }
    public DateOnly? PurchasedOn { get; private set; }
    public decimal? PurchaseCost { get; private set; }
    public string? Supplier { get; private set; }
    public DateOnly? WarrantyEndsOn { get; private set; }
    public string? Notes { get; private set; }
    public LifecycleStage Stage { get; private set; }
    public HardwareStatus Status { get; private set; }
    public Guid? AssignedTo { get; private set; }
    public string? AssignedLocation { get; private set; }
    public Guid? OpenAssignmentId { get; private set; }
    public List<HardwareChange> History { get; private set; } = [];

    public bool HasHolder => OpenAssignmentId is not null;

    public static HardwareAsset Register(HardwareFields fields, LifecycleStage stage, HardwareStatus status, Guid actor, DateTimeOffset now)
    {
        if (stage is not (LifecycleStage.Ordered or LifecycleStage.InStock))
            throw new DomainRuleViolation("New hardware starts as 'ordered' or 'in_stock'.", "stage");
        var asset = new HardwareAsset { Id = Guid.CreateVersion7(now), Stage = stage, Status = status };
        asset.Apply(fields);
        asset.History.Add(new HardwareChange(HardwareChangeKind.Registered, null, HardwareLifecycle.Word(stage), actor, now, null));
        return asset;
    }

    public void Update(HardwareFields fields) => Apply(fields);

    private void Apply(HardwareFields f)
    {
        if (f.PurchasedOn is { } bought && f.WarrantyEndsOn is { } warranty && warranty < bought)
            throw new DomainRuleViolation("The warranty cannot end before the purchase date.", "warrantyEndsOn");
        AssetTag = f.AssetTag.Trim().ToUpperInvariant();
        Name = f.Name.Trim();
        Model = Clean(f.Model);
        Manufacturer = Clean(f.Manufacturer);
        Category = f.Category;
        SerialNumber = Clean(f.SerialNumber);
        Location = Clean(f.Location);
        PurchasedOn = f.PurchasedOn;
        PurchaseCost = f.PurchaseCost;
        Supplier = Clean(f.Supplier);
        WarrantyEndsOn = f.WarrantyEndsOn;
        Notes = Clean(f.Notes);
    }

    /// <summary>A stage move by hand (retire, dispose, repair, back to stock); illegal moves are 409 naming the allowed ones.</summary>
    public void MoveTo(LifecycleStage target, Guid actor, string? note, DateTimeOffset now)
    {
        if (!HardwareLifecycle.AllowedFrom(Stage, HasHolder).Contains(target))
            throw HardwareLifecycle.IllegalMove(Stage, target, HasHolder);
        Record(HardwareChangeKind.StageChanged, HardwareLifecycle.Word(Stage), HardwareLifecycle.Word(target), actor, now, note);
        Stage = target;
    }

    public void ChangeStatus(HardwareStatus target, Guid actor, string? note, DateTimeOffset now)
    {
        if (Stage == LifecycleStage.Disposed)
            throw new ConflictException("Disposed hardware keeps its last status.",
                extensions: new Dictionary<string, object?> { ["currentStage"] = HardwareLifecycle.Word(Stage), ["allowed"] = Array.Empty<string>() });
        if (target == Status) return;
        Record(HardwareChangeKind.StatusChanged, Word(Status), Word(target), actor, now, note);
        Status = target;
    }

    /// <summary>Hands the hardware to a user or a location: only ready hardware in stock, and never while it has a holder.</summary>
    public void CheckOut(Guid assignmentId, Guid? user, string? location, Guid actor, DateTimeOffset now, string? note)
    {
        if (HasHolder)
            throw new ConflictException($"'{AssetTag}' is already checked out; check it in first.",
                extensions: new Dictionary<string, object?> { ["currentStage"] = HardwareLifecycle.Word(Stage), ["openAssignmentId"] = OpenAssignmentId });
        if (Stage != LifecycleStage.InStock)
            throw new ConflictException($"Only hardware in stock can be checked out; '{AssetTag}' is '{HardwareLifecycle.Word(Stage)}'.",
                extensions: new Dictionary<string, object?> { ["currentStage"] = HardwareLifecycle.Word(Stage), ["allowed"] = HardwareLifecycle.AllowedFrom(Stage, false).Select(HardwareLifecycle.Word).ToArray() });
        if (Status != HardwareStatus.Ready)
            throw new DomainRuleViolation($"Only ready hardware can be checked out; '{AssetTag}' is '{Word(Status)}'.", "status");
        Record(HardwareChangeKind.CheckedOut, HardwareLifecycle.Word(Stage), user?.ToString() ?? location, actor, now, note);
        Stage = LifecycleStage.Deployed;
        AssignedTo = user;
        AssignedLocation = user is null ? location : null;
        OpenAssignmentId = assignmentId;
    }

    /// <summary>Ends the open assignment: deployed hardware returns to stock; hardware in repair stays there, holderless.</summary>
    public void CheckIn(Guid actor, DateTimeOffset now, string? note)
    {
        if (!HasHolder)
            throw new ConflictException($"'{AssetTag}' is not checked out.",
                extensions: new Dictionary<string, object?> { ["currentStage"] = HardwareLifecycle.Word(Stage) });
        Record(HardwareChangeKind.CheckedIn, AssignedTo?.ToString() ?? AssignedLocation, null, actor, now, note);
        if (Stage == LifecycleStage.Deployed) Stage = LifecycleStage.InStock;
        AssignedTo = null;
        AssignedLocation = null;
        OpenAssignmentId = null;
    }

    /// <summary>Sends the hardware to repair (from in stock or deployed); it keeps its holder.</summary>
    public void SendToRepair(Guid actor, DateTimeOffset now, string? note)
    {
        if (Stage == LifecycleStage.InRepair) return;
        MoveTo(LifecycleStage.InRepair, actor, note, now);
    }

    /// <summary>Back from repair: to its holder when it has one, to stock otherwise. Nothing to do when it is no longer in repair.</summary>
    public void ReturnToService(Guid actor, DateTimeOffset now, string? note)
    {
        if (Stage != LifecycleStage.InRepair) return;
        MoveTo(HasHolder ? LifecycleStage.Deployed : LifecycleStage.InStock, actor, note, now);
    }

    /// <summary>Whether a reminder scheduled for the warranty end <paramref name="warrantyEndsOn"/> is still due: false once it changed or the asset is disposed.</summary>
    public bool IsWarrantyReminderDue(DateOnly warrantyEndsOn) => WarrantyEndsOn == warrantyEndsOn && Stage != LifecycleStage.Disposed;

    /// <summary>Only a record registered by mistake may be deleted: one nothing has happened to since its registration.</summary>
    public void EnsureDeletable(bool hasRecords)
    {
        if (History.Count > 1 || hasRecords)
            throw new ConflictException(
                $"'{AssetTag}' has a history (stage or status changes, assignments, maintenance or seats); retire or dispose of it instead of deleting it.",
                extensions: new Dictionary<string, object?> { ["currentStage"] = HardwareLifecycle.Word(Stage), ["allowed"] = HardwareLifecycle.AllowedFrom(Stage, HasHolder).Select(HardwareLifecycle.Word).ToArray() });
    }

    private void Record(HardwareChangeKind kind, string? from, string? to, Guid actor, DateTimeOffset now, string? note) =>
        History.Add(new HardwareChange(kind, from, to, actor, now, Clean(note)));

    private static string Word(HardwareStatus status) => EnumText<HardwareStatus>.ToText(status);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
