using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Core;

namespace Portal.Web.Hosting;

/// <summary>Model binding's own messages ("The value 'x' is not valid") in the user's language, keyed by the Chinese text.</summary>
internal static class ModelBindingMessages
{
    public static IMvcBuilder AddLocalizedModelBindingMessages(this IMvcBuilder builder)
    {
        builder.Services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var l = factory.Create(typeof(SharedResource));
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => l["“{0}”不是有效的值。", value]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["“{0}”不是有效的值。", value]);
            messages.SetValueIsInvalidAccessor(value => l["“{0}”不是有效的值。", value]);
            messages.SetUnknownValueIsInvalidAccessor(_ => l["所填的值无效。"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["所填的值无效。"]);
            messages.SetValueMustBeANumberAccessor(_ => l["请填写数字。"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => l["请填写数字。"]);
            messages.SetValueMustNotBeNullAccessor(_ => l["此项为必填项。"]);
            messages.SetMissingBindRequiredValueAccessor(_ => l["此项为必填项。"]);
            messages.SetMissingKeyOrValueAccessor(() => l["此项为必填项。"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => l["请求内容不能为空。"]);
        });
        return builder;
    }
}
