namespace OpsPlatform.Modules.Psa.Time.UpdateTimeEntry;

internal sealed class UpdateTimeEntryValidator : TimeEntryFieldsValidator<UpdateTimeEntryCommand>;
