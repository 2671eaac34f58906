import { useComposedRefs } from '@radix-ui/react-compose-refs';
import * as Select from '@radix-ui/react-select';
import { forwardRef, useContext, useRef, useState, type ReactNode } from 'react';
import { cx, ikClass } from './cx';
import { readEnvironment, type Direction, type Theme } from './environment';
import { CheckIcon, ChevronDownIcon } from './icons';
import { PortalContainerContext } from './portal-container';

export { PortalContainerContext };

/** Accessible-name and state attributes a select passes to its trigger button. */
export interface SelectTriggerAria {
  /** The trigger's id, so a `<label htmlFor>` names it. */
  id?: string;
  /** The trigger's accessible name. @default the picker's own label message */
  'aria-label'?: string;
  /** The element(s) that name the trigger. */
  'aria-labelledby'?: string;
  /** The element(s) that describe the trigger (a hint, an error). */
  'aria-describedby'?: string;
  /** Marks the choice as invalid. */
  'aria-invalid'?: boolean | 'true' | 'false';
}

interface SelectShellProps extends SelectTriggerAria {
  /** The component's name in class names and slots: `RoleSelect` → `ik-RoleSelect-trigger`. */
  part: 'RoleSelect' | 'LocalePicker';
  slot: 'role-select' | 'locale-picker';
  value: string | undefined;
  onValueChange: (value: string) => void;
  disabled?: boolean | undefined;
  placeholder: string;
  /** What the trigger shows for the value; Radix's own mirror of the item text otherwise. */
  valueText?: ReactNode;
  unstyled?: boolean | undefined;
  theme?: Theme | undefined;
  dir?: Direction | undefined;
  children: ReactNode;
}

/**
 * The Radix Select every picker of the kit shares: trigger, portalled popover, viewport. The
 * popover copies the trigger's theme and direction, since the portal leaves their subtree.
 */
export const SelectShell = forwardRef<HTMLButtonElement, SelectShellProps>(function SelectShell(
  { part, slot, value, onValueChange, disabled, placeholder, valueText, unstyled, theme, dir, children, ...aria },
  forwardedRef,
) {
  const trigger = useRef<HTMLButtonElement>(null);
  const container = useContext(PortalContainerContext);
  const ref = useComposedRefs(trigger, forwardedRef);
  const [inherited, setInherited] = useState<ReturnType<typeof readEnvironment>>({});
  const c = (name: string) => ikClass(unstyled, name);
  const direction = dir ?? inherited.dir;
  return (
    <Select.Root
      {...(value !== undefined && { value })}
      onValueChange={onValueChange}
      disabled={disabled}
      dir={direction}
      onOpenChange={(open) => {
        if (open) setInherited(readEnvironment(trigger.current));
      }}
    >
      <Select.Trigger
        ref={ref}
        data-slot={`${slot}-trigger`}
        className={cx(c('ik-Select-trigger'), c(`ik-${part}-trigger`))}
        {...aria}
      >
        <Select.Value data-slot={`${slot}-value`} placeholder={placeholder}>
          {valueText}
        </Select.Value>
        <Select.Icon data-slot={`${slot}-icon`} className={c(`ik-${part}-icon`)}>
          <ChevronDownIcon />
        </Select.Icon>
      </Select.Trigger>
      <Select.Portal container={container}>
        <Select.Content
          data-slot={`${slot}-content`}
          className={cx(c('ik-root'), c('ik-Select-content'), c(`ik-${part}-content`))}
          data-theme={theme ?? inherited.theme}
          dir={direction}
          position="popper"
          sideOffset={4}
        >
          <Select.Viewport data-slot={`${slot}-viewport`} className={cx(c('ik-Select-viewport'), c(`ik-${part}-viewport`))}>
            {children}
          </Select.Viewport>
        </Select.Content>
      </Select.Portal>
    </Select.Root>
  );
});

interface SelectOptionProps {
  part: 'RoleSelect' | 'LocalePicker';
  slot: 'role-select' | 'locale-picker';
  value: string;
  disabled?: boolean | undefined;
  /** The text typeahead matches; defaults to the item text. */
  textValue?: string | undefined;
  unstyled?: boolean | undefined;
  /**
   * Everything the option shows, its accessible name too (so what is seen is what is heard). The
   * trigger mirrors it unless the shell got a `valueText`.
   */
  text: ReactNode;
  lang?: string | undefined;
}

/** One option of a {@link SelectShell}, with its check mark. */
export function SelectOption({ part, slot, value, disabled, textValue, unstyled, text, lang }: SelectOptionProps) {
  const c = (name: string) => ikClass(unstyled, name);
  return (
    <Select.Item
      value={value}
      disabled={disabled}
      {...(textValue !== undefined && { textValue })}
      data-slot={`${slot}-item`}
      className={cx(c('ik-Select-item'), c(`ik-${part}-item`))}
      lang={lang}
    >
      <Select.ItemIndicator className={c('ik-Select-indicator')}>
        <CheckIcon />
      </Select.ItemIndicator>
      <Select.ItemText>{text}</Select.ItemText>
    </Select.Item>
  );
}
