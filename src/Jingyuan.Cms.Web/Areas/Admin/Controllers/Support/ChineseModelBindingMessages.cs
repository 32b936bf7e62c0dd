using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers.Support;

/// <summary>Model binding's own messages ("The value 'x' is not valid for ...") and implicit [Required], in Chinese.</summary>
public sealed class ChineseModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var T = factory.Create(typeof(ChineseModelBindingMessages));
        var m = options.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, field) => T["“{0}”不是有效的{1}", value, field]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => T["“{0}”不是有效的值", value]);
        m.SetUnknownValueIsInvalidAccessor(field => T["{0}的值无效", field]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => T["值无效"]);
        m.SetValueIsInvalidAccessor(value => T["“{0}”无效", value]);
        m.SetValueMustNotBeNullAccessor(_ => T["请填写此项"]);
        m.SetMissingBindRequiredValueAccessor(field => T["请填写{0}", field]);
        m.SetMissingKeyOrValueAccessor(() => T["请填写此项"]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => T["请求内容不能为空"]);
        m.SetValueMustBeANumberAccessor(field => T["{0}必须是数字", field]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => T["必须是数字"]);
        options.ModelMetadataDetailsProviders.Add(new ChineseRequiredMessage());
    }
}
