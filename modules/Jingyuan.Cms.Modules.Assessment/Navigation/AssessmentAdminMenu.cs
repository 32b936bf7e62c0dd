using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Modules.Assessment.Controllers;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Security;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Assessment.Navigation;

public sealed class AssessmentAdminMenu(ICurrentUser user, IStringLocalizer<AssessmentAdminMenu> T) : IAdminMenuProvider
{
    public async Task BuildAsync(ICollection<MenuItem> menu)
    {
        // An entry takes one permission: name the strongest the user holds.
        Permission? held = null;
        foreach (var p in new[] { AssessmentPermissions.ConfirmAssessment, AssessmentPermissions.ManageAssessmentScheme, AssessmentPermissions.ViewOwnAssessment })
            if (held is null && await user.HasPermissionAsync(p)) held = p;
        menu.Add(new MenuItem { Text = T["考核"], Url = "/" + AssessmentController.Path, Position = 85, Permission = held ?? AssessmentPermissions.ViewOwnAssessment });
    }
}
