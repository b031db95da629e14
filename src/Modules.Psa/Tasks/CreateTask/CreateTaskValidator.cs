namespace OpsPlatform.Modules.Psa.Tasks.CreateTask;

internal sealed class CreateTaskValidator : TaskFieldsValidator<CreateTaskCommand>;
