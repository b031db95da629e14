namespace OpsPlatform.Modules.Psa.Tasks.UpdateTask;

internal sealed class UpdateTaskValidator : TaskFieldsValidator<UpdateTaskCommand>;
