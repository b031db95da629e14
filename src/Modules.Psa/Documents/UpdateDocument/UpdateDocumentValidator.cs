using FluentValidation;

namespace OpsPlatform.Modules.Psa.Documents.UpdateDocument;

internal sealed class UpdateDocumentValidator : AbstractValidator<UpdateDocumentCommand>
{
    public UpdateDocumentValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.SharedWithClients).NotNull().WithMessage("'sharedWithClients' is required.");
    }
}
