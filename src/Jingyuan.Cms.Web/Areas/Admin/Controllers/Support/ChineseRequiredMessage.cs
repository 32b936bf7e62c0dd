using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;

/// <summary>
/// MVC treats every non-nullable value type (a bool checkbox, an int) and non-nullable string as required,
/// with the English "The {0} field is required."; give those an explicit Chinese message, which data
/// annotation localization then translates. A value type is never null, so this adds no server-side rule.
/// </summary>
public sealed class ChineseRequiredMessage : IValidationMetadataProvider
{
    public const string Message = "请填写{0}";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var validators = context.ValidationMetadata.ValidatorMetadata;
        foreach (var required in validators.OfType<RequiredAttribute>())
        {
            if (string.IsNullOrEmpty(required.ErrorMessage) && string.IsNullOrEmpty(required.ErrorMessageResourceName))
                required.ErrorMessage = Message;
        }
        var type = context.Key.ModelType;
        if (context.Key.MetadataKind == ModelMetadataKind.Property && type.IsValueType
            && Nullable.GetUnderlyingType(type) is null && !validators.OfType<RequiredAttribute>().Any())
            validators.Add(new RequiredAttribute { ErrorMessage = Message });
    }
}
