using FluentValidation;

namespace OpsPlatform.Modules.Psa.Documents.UploadDocument;

internal sealed class UploadDocumentValidator : AbstractValidator<UploadDocumentCommand>
{
    public UploadDocumentValidator() => RuleFor(c => c.Title).MaximumLength(200);
}
