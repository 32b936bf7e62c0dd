using Jingyuan.Cms.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Themes.Admin.ViewComponents;

/// <summary>The header's bell: the signed-in user's unread notifications (one indexed count), linking to 通知中心.</summary>
[ViewComponent(Name = "NotificationBell")]
public sealed class NotificationBellViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        // A host without a notification centre simply shows no bell.
        if (HttpContext.RequestServices.GetService<INotificationInbox>() is not { } inbox) return Content("");
        return View(await inbox.CountUnreadAsync(UserClaimsPrincipal, HttpContext.RequestAborted));
    }
}
